# Criterios del área PRV: privacidad de los datos.

PRV-01 = Información clara sobre tus datos
    .requirement = El fabricante publica una política de privacidad y un resumen en lenguaje claro, y declara cada tipo de dato que recogen el producto y sus servicios, cada uno con su finalidad.
    .rationale = Las personas solo pueden decidir si confían en un producto cuando entienden qué hace con sus datos.
    .consumer = Puedes leer, en palabras sencillas, qué datos recoge tu dispositivo y para qué.

PRV-02 = Todos los sensores y actuadores declarados
    .requirement = El fabricante declara todos los sensores del producto, como una cámara, un micrófono o un sensor de ubicación, y todas las formas en que actúa sobre el mundo físico, o indica que no tiene ninguno.
    .rationale = Los sensores y actuadores ocultos son un riesgo para la privacidad y la seguridad; las personas necesitan saber qué puede ver, oír y hacer un dispositivo.
    .consumer = Conoces todas las cámaras, micrófonos u otros sensores de tu dispositivo, y lo que puede encender, apagar o mover.

PRV-03 = Telemetría declarada
    .requirement = Si el producto envía datos de uso o de diagnóstico (telemetría), el fabricante describe qué se envía y por qué.
    .rationale = La telemetría funciona en segundo plano; si no se informa de ella, nadie sabe qué sale de su casa.
    .consumer = Si tu dispositivo envía informes de uso al fabricante, te dicen qué contienen y por qué.

PRV-04 = Consentimiento previo y revocable
    .requirement = Cuando los datos personales se tratan sobre la base del consentimiento, se solicita al usuario antes de que comience el tratamiento, y este puede retirarlo en cualquier momento con la misma facilidad con que lo dio.
    .rationale = El consentimiento solo tiene sentido si se da antes del tratamiento y puede retirarse.
    .consumer = Tu dispositivo te pregunta antes de usar tus datos personales, y puedes cambiar de opinión cuando quieras.

PRV-05 = Datos de sensores sensibles cifrados en tránsito
    .requirement = Un producto con cámara, micrófono o sensor de ubicación, biométrico o de salud cifra todas las conexiones que establece o acepta.
    .rationale = El vídeo, el sonido, la ubicación y las mediciones de salud están entre los datos más íntimos que existen; interceptarlos puede facilitar el acoso, el chantaje o el robo en la vivienda.
    .consumer = Lo que graban tu cámara, tu micrófono o tu sensor de salud viaja cifrado, para que nadie pueda verlo ni escucharlo a escondidas.

PRV-06 = Solo se recogen los datos necesarios
    .requirement = El producto y sus servicios recogen únicamente los datos que sus funciones necesitan, y ningún tipo de dato declarado figura como innecesario.
    .rationale = Los datos que nunca se recogen no pueden filtrarse, usarse indebidamente ni ser reclamados por otros.
    .consumer = Tu dispositivo solo recoge los datos que necesita para funcionar.

PRV-07 = Tus datos no se venden
    .requirement = El fabricante no vende datos personales ni los cede a intermediarios de datos (data brokers).
    .rationale = Los datos vendidos se propagan sin que nadie pueda controlarlos y se combinan en perfiles que el usuario nunca aceptó.
    .consumer = El fabricante no vende tus datos a nadie.

PRV-08 = Sin publicidad salvo que digas que sí
    .requirement = El fabricante solo utiliza los datos del usuario con fines publicitarios o de elaboración de perfiles si el usuario lo ha aceptado expresamente (opt-in), o no los utiliza en absoluto para esos fines.
    .rationale = Los perfiles publicitarios creados a partir de dispositivos del hogar revelan hábitos y rutinas; nunca deben estar activados por defecto.
    .consumer = Tus datos no se usan para anuncios a menos que digas que sí.

PRV-09 = Plazos de conservación indicados
    .requirement = Para cada tipo de dato personal que recogen el producto y sus servicios, el fabricante indica durante cuánto tiempo se conserva.
    .rationale = Los datos guardados para siempre acumulan riesgo; un límite declarado compromete al fabricante a eliminarlos.
    .consumer = Sabes cuánto tiempo guarda el fabricante cada tipo de dato tuyo.

PRV-10 = Protección adicional para los datos de los niños
    .requirement = En un producto destinado o comercializado para niños, un progenitor o tutor debe dar su consentimiento antes de que se traten los datos de un niño, y nunca se elaboran perfiles de los niños ni se les muestra publicidad dirigida.
    .rationale = Los niños no pueden valorar lo que significa compartir datos, y los perfiles creados en la infancia pueden perseguirlos toda la vida.
    .consumer = Un padre, una madre o un tutor debe dar su permiso antes de que se usen los datos de un niño, y los niños nunca reciben anuncios personalizados.

PRV-11 = Luz de grabación e interruptor de privacidad
    .requirement = Un producto con cámara o micrófono muestra un indicador visible siempre que estos están activos y dispone de un obturador o interruptor físico que los desactiva.
    .rationale = Las personas deben poder ver cuándo se las está grabando, y asegurarse de que no es así, sin tener que fiarse del software.
    .consumer = Una luz indica cuándo están encendidos la cámara o el micrófono, y un interruptor te permite apagarlos con total seguridad.

PRV-12 = Grabaciones en el dispositivo por defecto
    .requirement = Un producto con un sensor sensible procesa las grabaciones y los datos de los sensores en el propio dispositivo, salvo que el usuario decida usar la nube.
    .rationale = Los datos que nunca salen de casa no pueden quedar expuestos por una brecha en un servidor ni cederse a otros.
    .consumer = Tus grabaciones se quedan en tu dispositivo, salvo que decidas enviarlas a la nube.

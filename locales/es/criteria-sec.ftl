# Criterios del área SEC: seguridad del dispositivo y del software.

SEC-01 = Sin contraseñas predeterminadas compartidas
    .requirement = Cada unidad se entrega con su propia contraseña, o el usuario debe establecer una antes de poder usar el producto a través de una red, o el producto no tiene ninguna interfaz basada en contraseña. Nunca se permite una contraseña común a todas las unidades de un modelo.
    .rationale = Las contraseñas compartidas en toda una línea de productos acaban en listas públicas que los atacantes prueban de forma automática; esas listas alimentaron la botnet Mirai.
    .consumer = Tu dispositivo tiene su propia contraseña, así que nadie puede buscarla en internet.

SEC-02 = Contraseñas únicas realmente aleatorias
    .requirement = Cuando cada unidad se entrega con su propia contraseña, el fabricante la obtiene de una fuente aleatoria criptográficamente segura. Nunca se deriva de un número de serie, una dirección MAC, un contador ni ningún otro valor que un atacante pueda conocer o adivinar.
    .rationale = Una contraseña por unidad calculada a partir de un identificador impreso o difundido puede recalcularse para todas las unidades a la vez, lo que la hace tan poco segura como una compartida.
    .consumer = La contraseña de tu dispositivo no se puede deducir de su número de serie.

SEC-03 = Puedes cambiar la contraseña fácilmente
    .requirement = Cuando se puede iniciar sesión en el producto a través de una red, el usuario puede cambiar la contraseña u otro valor de autenticación mediante un procedimiento sencillo y documentado.
    .rationale = Las personas deben poder sustituir una credencial que se ha filtrado, que se ha compartido o que está impresa en una etiqueta visible para otros.
    .consumer = Puedes cambiar la contraseña de tu dispositivo cuando quieras, sin herramientas especiales.

SEC-04 = Intentos de adivinar la contraseña bloqueados
    .requirement = Cuando se puede iniciar sesión en el producto a través de una red, este ralentiza, limita o bloquea temporalmente los intentos fallidos repetidos, de modo que resulte inviable dar con una credencial por ensayo y error.
    .rationale = Sin limitación de intentos, las herramientas automáticas pueden probar millones de contraseñas contra un dispositivo accesible desde la red.
    .consumer = Si alguien intenta adivinar tu contraseña una y otra vez, el dispositivo se lo impide.

SEC-05 = Inicio de sesión con criptografía probada
    .requirement = Cuando se puede iniciar sesión en el producto a través de una red, la autenticación de usuarios se basa en métodos criptográficos consolidados, revisados públicamente y adecuados al riesgo. No se utilizan esquemas de creación propia ni algoritmos obsoletos.
    .rationale = Los protocolos de inicio de sesión débiles o de diseño propio permiten a los atacantes capturar o reutilizar credenciales incluso cuando la propia contraseña es robusta.
    .consumer = Tu inicio de sesión está protegido con seguridad bien probada, no con trucos caseros.

SEC-06 = Todas las conexiones cifradas
    .requirement = Todas las conexiones que el producto establece o acepta están cifradas con criptografía actual. Cuando se usa TLS, el producto rechaza las versiones anteriores al mínimo que fija este criterio (TLS 1.2 por defecto).
    .rationale = Las conexiones sin cifrar u obsoletas permiten a cualquiera que esté en el camino leer o alterar órdenes, grabaciones y credenciales.
    .consumer = Lo que envía tu dispositivo va cifrado, así que otros en la red no pueden leerlo.

SEC-07 = Claves y secretos almacenados de forma segura
    .requirement = El producto guarda las claves, las contraseñas y otros parámetros de seguridad en un almacenamiento protegido, como un elemento seguro o un almacenamiento cifrado, de modo que no puedan leerse ni modificarse fácilmente, ni siquiera con acceso físico.
    .rationale = Un atacante que extrae las claves de un dispositivo puede suplantarlo, descifrar su tráfico o hacerse con la cuenta del propietario.
    .consumer = Las claves secretas de tu dispositivo están bajo llave, incluso para quien lo abra.

SEC-08 = Sin secretos integrados comunes a todas las unidades
    .requirement = El software del producto no contiene contraseñas ni claves codificadas de forma fija, y las claves usadas para comprobar las actualizaciones y proteger las comunicaciones son únicas para cada unidad.
    .rationale = Un secreto incrustado en el firmware es el mismo en todas las unidades; en cuanto se extrae de un dispositivo, todos quedan expuestos.
    .consumer = Si alguien logra entrar en un dispositivo, no obtiene las claves de los de los demás.

SEC-09 = Ajustes de seguridad protegidos por inicio de sesión
    .requirement = Los ajustes que afectan a la seguridad solo pueden modificarse a través de una red después de que la persona o el servicio que realiza el cambio se haya autenticado.
    .rationale = Si cualquiera en la red puede desactivar protecciones o añadir usuarios, todas las demás salvaguardas pueden deshacerse a distancia.
    .consumer = Nadie puede cambiar los ajustes de seguridad de tu dispositivo a través de la red sin iniciar sesión.

SEC-10 = Solo las conexiones necesarias están abiertas
    .requirement = El producto desactiva las interfaces de red y de radio que no utiliza, revela la menor información relevante para la seguridad posible antes de la autenticación y exige autenticación para todos los servicios de red que ofrece por defecto.
    .rationale = Cada puerto abierto, radio inactiva o servicio que revela demasiado es una puerta más que un atacante puede probar.
    .consumer = Tu dispositivo solo mantiene abiertas las conexiones que de verdad necesita.

SEC-11 = Puertos de depuración desactivados
    .requirement = Las interfaces de depuración accesibles físicamente, como JTAG o una consola serie, están desactivadas por software en las unidades vendidas a los usuarios.
    .rationale = Un puerto de depuración abierto da a cualquiera con un breve acceso físico el control total del dispositivo y de sus secretos.
    .consumer = Los puertos de servicio ocultos de tu dispositivo están desactivados, así que nadie puede usarlos para tomar su control.

SEC-12 = Datos entrantes validados
    .requirement = El software del producto valida todos los datos que recibe a través de interfaces de usuario, interfaces de programación y redes, y rechaza los datos mal formados antes de procesarlos.
    .rationale = La falta de validación de las entradas está detrás de muchos ataques remotos, desde los desbordamientos de búfer hasta la inyección de comandos.
    .consumer = Tu dispositivo comprueba los datos que recibe, así que los datos maliciosos no pueden engañarlo.

SEC-13 = Seguro desde el primer momento
    .requirement = La configuración del producto tal como se entrega es su configuración segura; el usuario no tiene que cambiar ningún ajuste para estar protegido.
    .rationale = La mayoría de las personas nunca cambian los ajustes predeterminados, así que una protección que hay que activar rara vez llega a activarse.
    .consumer = Tu dispositivo es seguro en cuanto lo sacas de la caja; no tienes que buscar ajustes de seguridad.

SEC-14 = Software verificado al arrancar
    .requirement = Cada vez que arranca, el producto verifica que su software es auténtico y no ha sido alterado (arranque seguro), y no ejecuta software que no supere esta comprobación.
    .rationale = El arranque seguro impide que el malware sobreviva a un reinicio y que se ejecute un firmware manipulado.
    .consumer = Cada vez que tu dispositivo se enciende, comprueba que nadie ha manipulado su software.

SEC-15 = Firmware compilado con protecciones contra exploits
    .requirement = El firmware se compila con al menos el número de mitigaciones de explotación que fija este criterio (tres por defecto), como la aleatorización del espacio de direcciones, la memoria no ejecutable y la protección de la pila.
    .rationale = Las mitigaciones hacen que muchos errores de software que permitirían tomar el control total se queden en un simple bloqueo, lo que da tiempo hasta que se publica una corrección.
    .consumer = El software de tu dispositivo tiene protecciones adicionales que hacen mucho más difícil aprovechar los fallos de seguridad.

SEC-16 = Resiste ataques y no perjudica a otros dispositivos
    .requirement = El producto resiste los intentos de denegación de servicio y se recupera correctamente de ellos, y limita el daño que podría causar a otros dispositivos y redes, por ejemplo restringiendo su propio tráfico.
    .rationale = Un dispositivo que falla bajo carga no puede proteger a su propietario, y los dispositivos secuestrados se usan habitualmente para saturar a otros.
    .consumer = Tu dispositivo sigue funcionando aunque lo inunden de tráfico, y no es fácil usarlo para atacar a otros.

SEC-17 = Eventos de seguridad registrados
    .requirement = El producto registra los eventos relevantes para la seguridad, como los inicios de sesión, los inicios de sesión fallidos y los cambios de configuración, para que puedan detectarse ataques, y el usuario puede optar por desactivar este registro.
    .rationale = Sin un registro nadie puede saber si un dispositivo ha sido atacado; la posibilidad de desactivarlo deja en manos del usuario lo que se registra.
    .consumer = Tu dispositivo anota la actividad sospechosa para que se puedan detectar problemas, y puedes desactivarlo.

SEC-18 = Datos personales cifrados allí donde se almacenan
    .requirement = Los datos personales que almacena el producto, en el dispositivo y en la nube del fabricante, están cifrados en reposo.
    .rationale = El cifrado en reposo mantiene ilegibles las grabaciones y los datos personales cuando se roba un dispositivo o se vulnera un servidor.
    .consumer = Tus datos se guardan cifrados, así que un ladrón no puede leerlos.

SEC-19 = Verificación en dos pasos disponible
    .requirement = Cuando el producto requiere una cuenta, esta admite la autenticación multifactor, ya sea como opción o de forma obligatoria.
    .rationale = Un segundo factor detiene la mayoría de las apropiaciones de cuentas que empiezan con una contraseña robada o reutilizada.
    .consumer = Puedes proteger tu cuenta con un segundo paso, como un código enviado a tu móvil.

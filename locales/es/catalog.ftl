# Nombres y descripciones comunes a todo el catálogo.

## Áreas

area-SEC = Seguridad del dispositivo y del software
    .description = Protección del dispositivo y de su software frente a ataques, desde las contraseñas y el cifrado hasta el arranque seguro y una superficie de ataque reducida.
    .consumer = Lo difícil que es para alguien entrar en el dispositivo sin permiso.

area-UPD = Actualizaciones de software y periodo de soporte
    .description = Actualizaciones de software seguras, oportunas y sencillas, y una fecha publicada hasta la que se garantizan las actualizaciones de seguridad.
    .consumer = Cuánto tiempo recibe el dispositivo correcciones de seguridad y lo fácil que es instalarlas.

area-VUL = Gestión de vulnerabilidades
    .description = Cómo recibe, gestiona y divulga el fabricante las notificaciones de fallos de seguridad, y cómo mantiene el control de los componentes que incluye en sus productos.
    .consumer = Si la empresa escucha y corrige los problemas de seguridad que se le comunican.

area-PRV = Privacidad de los datos
    .description = Qué datos personales recoge, capta y comparte el producto, con qué fin y en qué condiciones.
    .consumer = Qué sabe el dispositivo de ti y quién puede verlo.

area-GOV = Gobernanza de datos y transparencia
    .description = Los derechos de los usuarios sobre sus datos y la información que da el fabricante sobre las condiciones, la finalidad, los riesgos y el modelo de negocio.
    .consumer = Si puedes ver, copiar y borrar tus datos, y si la empresa explica con claridad cómo funciona.

area-AGY = Autonomía y control del usuario
    .description = Hasta qué punto el producto sigue funcionando en las condiciones que decide el usuario: sin conexión, sin cuenta, sin suscripción y con las funciones opcionales bajo su control.
    .consumer = Si sigues teniendo el control del dispositivo, incluso sin internet ni cuenta.

area-INT = Interoperabilidad y apertura
    .description = Compatibilidad con estándares abiertos e interfaces documentadas que permiten que el producto funcione con productos de otros fabricantes, y publicación del código y los diseños.
    .consumer = Si el dispositivo funciona con otras marcas y aplicaciones.

area-REP = Reparabilidad, durabilidad y medio ambiente
    .description = Lo fácil que es reparar el producto, cuánto tiempo sigue siendo útil, su consumo de energía y el final de su vida útil.
    .consumer = Si el dispositivo se puede reparar, dura mucho tiempo y respeta el planeta.

area-SUP = Origen y cadena de suministro
    .description = Quién fabrica el producto, dónde, con qué proveedores y con qué proceso de seguridad.
    .consumer = Quién ha fabricado el dispositivo y con cuánto cuidado.

area-ACC = Accesibilidad
    .description = Si las personas con discapacidad pueden configurar, usar, actualizar y restablecer el producto, y obtener ayuda con él.
    .consumer = Si todo el mundo, incluidas las personas con discapacidad, puede usar el dispositivo de forma segura.

area-ACT = Rendición de cuentas
    .description = Las declaraciones legales del fabricante, la gestión de reclamaciones, la garantía, la asistencia y las pruebas que respaldan sus afirmaciones.
    .consumer = Si la empresa responde de lo que dice y contesta cuando algo va mal.

## Niveles

level-0 = Por debajo del nivel básico
    .description = El producto no cumple todos los requisitos del nivel básico.

level-1 = Básico
    .description = El producto cumple lo que la ley ya exige allí donde se vende: el régimen de seguridad de productos del Reino Unido, las disposiciones obligatorias de ETSI EN 303 645 y los resultados en los que se basa la US Cyber Trust Mark.

level-2 = De confianza
    .description = El producto cumple el nivel básico y, además, los requisitos esenciales del Reglamento de Ciberresiliencia de la UE, con buenas prácticas de privacidad, gobernanza de datos y actualizaciones respaldadas por pruebas y no solo por afirmaciones.

level-3 = Ejemplar
    .description = El producto cumple el nivel de confianza y, además, deja el control en manos de los usuarios, funciona en local y sin cuenta, y es abierto e interoperable, reparable, respetuoso con el medio ambiente y accesible.

## Condiciones de aplicabilidad

condition-always = todos los productos
condition-network_login = productos en los que se puede iniciar sesión a través de una red
condition-unique_default_password = productos que se entregan con una contraseña única para cada unidad
condition-updatable = productos cuyo software se puede actualizar
condition-uses_cloud = productos que usan el servicio en línea del fabricante
condition-has_account = productos que necesitan una cuenta con el fabricante
condition-has_app = productos con una aplicación complementaria
condition-has_battery = productos con batería
condition-has_camera_or_microphone = productos con cámara o micrófono
condition-has_sensitive_sensor = productos con cámara, micrófono o sensor de ubicación, biométrico o de salud
condition-processes_personal_data = productos que tratan datos personales
condition-for_children = productos destinados a niños
condition-has_standards = productos compatibles con un estándar abierto

## Obligaciones

obligation-required = Obligatorio
obligation-recommended = Recomendado

## Métodos de verificación

verification-declared = Declarado por el fabricante
verification-analyser = Comprobado por un analizador
verification-assessor = Probado por un evaluador

## Grado de correspondencia entre esquemas

confidence-exact = Mismo requisito
confidence-partial = Correspondencia parcial
confidence-related = Tema relacionado

## Estado del veredicto

status-met = Cumplido
status-not_met = No cumplido
status-unknown = Desconocido
status-not_applicable = No aplicable

## Fundamento del veredicto

basis-declared = Declarado
basis-verified = Verificado con pruebas
basis-assessor = Verificado por un evaluador
basis-contradicted = Contradicho por las pruebas

# Criterios del área VUL: gestión de vulnerabilidades.

VUL-01 = Una vía publicada para notificar problemas de seguridad
    .requirement = El fabricante publica una política de divulgación de vulnerabilidades con un contacto para las notificaciones, e indica en cuántos días se acusa recibo de una notificación y con qué frecuencia recibe el notificante actualizaciones sobre su estado.
    .rationale = Quienes encuentran fallos necesitan un lugar conocido donde notificarlos; de lo contrario, los fallos quedan sin corregir o acaban en manos de atacantes.
    .consumer = Cualquiera que encuentre un problema de seguridad sabe cómo comunicárselo al fabricante, y recibe respuesta.

VUL-02 = Un archivo security.txt válido
    .requirement = El fabricante publica un archivo security.txt vigente y bien formado, tal como se describe en RFC 9116, y su contacto coincide con el contacto de notificación declarado.
    .rationale = Un archivo estándar y legible por máquina permite a investigadores y herramientas encontrar el contacto adecuado en segundos.
    .consumer = Los expertos en seguridad pueden encontrar rápidamente dónde notificar problemas de tu dispositivo.

VUL-03 = Sin fallos explotables conocidos en el lanzamiento
    .requirement = Antes del lanzamiento, el fabricante contrasta los componentes de software incluidos con bases de datos públicas de vulnerabilidades, y el firmware se comercializa sin ninguna vulnerabilidad explotable conocida.
    .rationale = Comercializar un producto con fallos que ya son públicos ofrece a los atacantes una vía de entrada lista para usar.
    .consumer = Tu dispositivo no salió a la venta con agujeros de seguridad ya conocidos.

VUL-04 = Lista de materiales de software mantenida
    .requirement = El fabricante mantiene actualizada una lista de materiales de software (SBOM) legible por máquina para cada versión de firmware e indica dónde pueden obtenerla los usuarios y las autoridades.
    .rationale = Saber qué componentes contiene un producto es la única forma rápida de determinar si le afecta un fallo recién descubierto.
    .consumer = El fabricante mantiene una lista de todas las piezas de software de tu dispositivo, para poder comprobar rápidamente si hay problemas nuevos.

VUL-05 = Avisos de seguridad publicados
    .requirement = El fabricante publica avisos sobre las vulnerabilidades corregidas en una dirección pública, indicando las versiones afectadas, el impacto y lo que deben hacer los usuarios.
    .rationale = Los avisos indican a propietarios y administradores qué dispositivos están en riesgo y cómo protegerlos.
    .consumer = Cuando se corrige un problema de seguridad, el fabricante explica públicamente en qué consistía y qué debes hacer.

VUL-06 = Vulnerabilidades explotadas notificadas a las autoridades
    .requirement = El fabricante dispone de un proceso para notificar a las autoridades competentes las vulnerabilidades explotadas activamente y los incidentes de seguridad graves en los plazos que fija la ley.
    .rationale = Las notificaciones tempranas permiten a las autoridades advertir a otros y coordinar una respuesta antes de que el daño se extienda.
    .consumer = Si los delincuentes ya están aprovechando un fallo de tu dispositivo, el fabricante avisa rápido a las autoridades.

VUL-07 = Pruebas de seguridad en cada versión
    .requirement = El fabricante prueba la seguridad del producto con regularidad y, como mínimo, en cada versión de software.
    .rationale = Las pruebas periódicas encuentran los fallos antes que los atacantes y detectan el código nuevo que deshace correcciones anteriores.
    .consumer = La seguridad de tu dispositivo se prueba cada vez que cambia su software.

VUL-08 = Puerto seguro para los investigadores de seguridad
    .requirement = La política de divulgación garantiza que las personas que investiguen y notifiquen vulnerabilidades de buena fe no serán objeto de acciones legales por parte del fabricante.
    .rationale = El miedo a las demandas hace callar a los investigadores, y entonces los fallos ni se notifican ni se corrigen.
    .consumer = Quienes encuentran y notifican problemas de seguridad no serán demandados por ayudar.

VUL-09 = Prueba de penetración independiente reciente
    .requirement = Un evaluador independiente ha realizado una prueba de penetración del producto dentro del plazo que fija este criterio antes de la evaluación, 24 meses por defecto.
    .rationale = Un equipo externo que ataca el producto como lo haría un adversario real encuentra problemas que las revisiones internas pasan por alto.
    .consumer = Expertos en seguridad externos han intentado hace poco entrar en tu dispositivo.

VUL-10 = Lista de materiales de hardware mantenida
    .requirement = El fabricante también mantiene una lista de materiales de hardware que recoge los principales componentes electrónicos del producto.
    .rationale = Un inventario de hardware muestra rápidamente qué productos se ven afectados por un chip defectuoso o por un proveedor en dificultades.
    .consumer = El fabricante lleva un registro de las piezas de tu dispositivo, para poder rastrear los problemas de hardware.

VUL-11 = Los fallos graves ya corregidos no se eternizan
    .requirement = En la fecha de evaluación, ninguna vulnerabilidad de gravedad crítica o alta de los componentes incluidos tiene una versión corregida disponible desde hace más tiempo del que permite el criterio (90 días por defecto), salvo que una declaración VEX demuestre que el producto no está afectado.
    .rationale = Una vez publicada una corrección, los atacantes la estudian; un componente que sigue sin parchear mucho después de que exista la corrección es la forma más habitual de tomar el control de los dispositivos.
    .consumer = Cuando los autores de un componente corrigen un fallo de seguridad grave, tu dispositivo recibe esa corrección rápidamente.

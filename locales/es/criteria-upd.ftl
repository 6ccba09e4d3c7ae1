# Criterios del área UPD: actualizaciones de software y periodo de soporte.

UPD-01 = Fecha de fin del soporte visible antes de comprar
    .requirement = El fabricante indica la fecha hasta la que el producto recibirá actualizaciones de seguridad, la publica en una dirección estable y la muestra a los compradores antes de la compra, en el embalaje o en la página de la tienda.
    .rationale = Un dispositivo sin actualizaciones es menos seguro cada año; los compradores necesitan conocer el periodo de soporte para comparar productos y planificar su sustitución.
    .consumer = Sabes antes de comprar durante cuánto tiempo recibirá tu dispositivo correcciones de seguridad.

UPD-02 = Actualizaciones de software seguras
    .requirement = El software del producto puede actualizarse, y el dispositivo comprueba mediante criptografía consolidada que cada actualización es auténtica y no ha sido alterada antes de instalarla.
    .rationale = Las actualizaciones son la forma de cerrar los agujeros de seguridad; un canal de actualización sin comprobaciones sería en sí mismo una vía para instalar malware.
    .consumer = Tu dispositivo puede recibir correcciones de seguridad, y solo instala las auténticas del fabricante.

UPD-03 = Actualizaciones fáciles de instalar
    .requirement = Instalar una actualización no le exige al usuario más que una acción sencilla, o ninguna.
    .rationale = Las actualizaciones que requieren conocimientos técnicos o equipos especiales a menudo nunca llegan a instalarse.
    .consumer = Instalar una actualización es tan fácil como pulsar un botón, o se hace sola.

UPD-04 = Vulnerabilidades críticas corregidas con rapidez
    .requirement = El fabricante publica una corrección para una vulnerabilidad crítica dentro del plazo que fija este criterio, 90 días por defecto.
    .rationale = Cuanto más tiempo permanece sin corregir un fallo conocido, más probable es que se explote.
    .consumer = Los fallos de seguridad graves se corrigen rápido, en unos tres meses como máximo.

UPD-05 = Modelo y versión de software fáciles de encontrar
    .requirement = El usuario puede consultar la denominación del modelo y la versión de software del producto en al menos un lugar documentado, como la etiqueta del dispositivo, el embalaje, la aplicación o la interfaz web del dispositivo.
    .rationale = Los propietarios y las autoridades necesitan el modelo y la versión exactos para saber si les afecta una advertencia o una retirada del mercado.
    .consumer = Puedes encontrar fácilmente qué modelo y qué versión de software tienes, para comprobar si hay avisos.

UPD-06 = Actualizaciones de seguridad automáticas, bajo tu control
    .requirement = Las actualizaciones de seguridad automáticas están activadas de fábrica, y el usuario puede aplazarlas o desactivarlas.
    .rationale = Las actualizaciones automáticas llegan a dispositivos cuyos propietarios nunca las buscan; poder aplazarlas respeta los momentos en que un reinicio causaría daños.
    .consumer = Las correcciones de seguridad se instalan solas, pero puedes retrasarlas cuando no te venga bien.

UPD-07 = Actualizaciones de seguridad gratuitas
    .requirement = El fabricante proporciona las actualizaciones de seguridad sin coste adicional durante todo el periodo de soporte.
    .rationale = Cobrar por las correcciones deja dispositivos inseguros en los hogares de quienes no pueden o no quieren pagar.
    .consumer = Nunca tienes que pagar para recibir correcciones de seguridad.

UPD-08 = Soporte durante al menos cinco años
    .requirement = El periodo de soporte de seguridad no termina antes de que transcurra, desde la primera introducción del producto en el mercado, el mínimo que fija este criterio, cinco años por defecto.
    .rationale = Los productos conectados se usan durante muchos años; un soporte corto los deja expuestos mucho antes de que se desgasten.
    .consumer = Tu dispositivo recibe correcciones de seguridad durante al menos cinco años desde que salió a la venta.

UPD-09 = Avisos de actualización
    .requirement = El producto o el fabricante informa al usuario cuando hay una actualización disponible o cuando se ha instalado, y de lo que corrige.
    .rationale = Quien sabe lo que cambia una actualización puede valorar su urgencia y darse cuenta de cuándo dejan de llegar las actualizaciones.
    .consumer = Te avisan cuando llega una actualización y te dicen qué corrige.

UPD-10 = Correcciones de seguridad separadas de las nuevas funciones
    .requirement = Cuando sea técnicamente posible, el fabricante publica las correcciones de seguridad por separado de los cambios de funcionalidad, para que el usuario pueda instalarlas sin aceptar otros cambios.
    .rationale = Agrupar las correcciones con cambios no deseados empuja a las personas a rechazar las actualizaciones por completo.
    .consumer = Puedes recibir correcciones de seguridad sin tener que aceptar funciones nuevas que no quieres.

UPD-11 = Notas de versión públicas para cada versión
    .requirement = El fabricante publica las notas de versión de cada versión de software en una dirección pública estable, de modo que quede un registro duradero de lo que ha cambiado.
    .rationale = Un historial de cambios público permite a propietarios, investigadores y autoridades ver qué hizo cada actualización y pedir cuentas al fabricante.
    .consumer = Puedes leer en internet qué cambió en cada actualización de software.

UPD-12 = Plan de fin de vida publicado
    .requirement = El fabricante publica un plan que indica qué ocurre con el dispositivo, sus servicios y los datos del usuario cuando termina el soporte, cuando se cierra el servicio y si la empresa entra en insolvencia o es adquirida.
    .rationale = Los dispositivos suelen sobrevivir a los servicios que los respaldan; un plan elaborado de antemano evita que los propietarios se queden con un producto inútil o inseguro.
    .consumer = Puedes leer qué pasará con tu dispositivo y tus datos si la empresa deja de darle soporte.

UPD-13 = Las funciones principales no se retiran
    .requirement = Durante el periodo de soporte, el fabricante no elimina ni degrada las funciones principales declaradas del producto, ni mediante actualizaciones ni mediante cambios en el servicio.
    .rationale = Los compradores pagan por las funciones prometidas en el momento de la compra; retirarlas después destruye la confianza en cualquier actualización.
    .consumer = Las actualizaciones no te quitarán lo principal que hacía tu dispositivo cuando lo compraste.

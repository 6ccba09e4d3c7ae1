# Autonomía y control del usuario

AGY-01 = El restablecimiento recupera los ajustes de fábrica seguros
    .requirement = Tras un restablecimiento de fábrica, el producto vuelve a su configuración predeterminada segura.
    .rationale = El restablecimiento es la forma en que las personas se recuperan de un error o de un ataque; nunca debe dejar el dispositivo más vulnerable que cuando era nuevo.
    .consumer = Al restablecer el dispositivo, vuelve a sus ajustes de fábrica seguros.

AGY-02 = Sabes qué funciona sin internet
    .requirement = El fabricante indica si las funciones principales funcionan sin conexión a internet y, cuando no todas lo hacen, describe en palabras sencillas qué deja de funcionar.
    .rationale = Los cortes de servicio, el cierre de servicios y las decisiones de privacidad pueden dejar un producto sin internet; los compradores deben saber de antemano qué perderían.
    .consumer = Te dicen qué sigue funcionando cuando se cae internet.

AGY-03 = Funciona por completo sin internet
    .requirement = Todas las funciones principales del producto funcionan sin conexión a internet.
    .rationale = Un producto que no necesita ningún servicio remoto sigue funcionando durante los cortes y después de que cierre un servicio en línea, y envía menos datos al exterior.
    .consumer = Todo aquello para lo que sirve el dispositivo sigue funcionando sin internet.

AGY-04 = Sin necesidad de cuenta
    .requirement = Todas las funciones principales funcionan sin una cuenta con el fabricante, y el producto no exige tenerla.
    .rationale = Las cuentas recopilan datos personales y atan el producto a un servicio que puede desaparecer; muchos productos no necesitan ni lo uno ni lo otro.
    .consumer = Puedes usar el dispositivo sin registrarte con la empresa.

AGY-05 = Funciones opcionales desactivables una a una
    .requirement = El usuario puede desactivar por separado cada función opcional y cada uso opcional de sus datos.
    .rationale = Las opciones de todo o nada empujan a las personas a compartir más de lo que quieren; los interruptores independientes les permiten quedarse solo con lo que valoran.
    .consumer = Puedes desactivar los extras que no quieras, uno a uno.

AGY-06 = Puedes desconectar el dispositivo de la nube
    .requirement = El usuario puede desconectar el dispositivo del servicio en línea del fabricante y seguir usándolo.
    .rationale = Cortar el vínculo con la nube es el control de privacidad más fuerte que existe, y una alternativa cuando el servicio falla.
    .consumer = Puedes impedir que el dispositivo se comunique con los servidores de la empresa y seguir usándolo.

AGY-07 = Sin suscripción para las funciones principales
    .requirement = Ninguna función principal del producto requiere una suscripción de pago.
    .rationale = Las funciones sujetas a suscripción pueden retirarse o cambiar de precio después de la compra; las personas deben conservar aquello por lo que han pagado.
    .consumer = No tendrás que seguir pagando por lo principal que hace el dispositivo.

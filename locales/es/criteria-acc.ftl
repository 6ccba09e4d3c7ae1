# Accesibilidad

ACC-01 = Utilizable sin ver
    .requirement = Una persona que no puede ver puede configurar, restablecer y actualizar el producto, así como borrar sus datos.
    .rationale = Las personas ciegas o con baja visión dependen de los productos conectados tanto como cualquiera, y deben poder mantenerlos seguros sin ayuda.
    .consumer = Las personas ciegas pueden configurar, actualizar y restablecer el dispositivo por sí mismas.

ACC-02 = Utilizable sin motricidad fina
    .requirement = Todos los controles del producto tienen una alternativa que no requiere motricidad fina, de modo que ninguna función depende únicamente de botones diminutos, gestos precisos o un agarre firme.
    .rationale = Los botones pequeños y las secuencias de mantener pulsado excluyen a las personas con destreza limitada, a menudo de funciones de seguridad como el restablecimiento.
    .consumer = No necesitas un pulso firme para usar todos los controles.

ACC-03 = Estado indicado de más de una forma
    .requirement = El producto indica su estado de más de una forma, por ejemplo con luz y sonido, o con luz y vibración.
    .rationale = Una señal dirigida a un solo sentido pasa desapercibida para quienes carecen de él, incluidas las advertencias sobre seguridad y grabación.
    .consumer = El dispositivo te indica lo que está haciendo con luces y sonidos, para que no se te escape.

ACC-04 = Manuales que todos pueden usar
    .requirement = Los manuales y las instrucciones se ofrecen en formatos accesibles y en lenguaje claro.
    .rationale = Los consejos de seguridad solo funcionan si las personas pueden leerlos y entenderlos, sean cuales sean sus capacidades.
    .consumer = Las instrucciones son fáciles de entender y vienen en formatos pensados para quien no puede leer la letra pequeña.

ACC-05 = La aplicación complementaria es accesible
    .requirement = La aplicación complementaria cumple el nivel AA o AAA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2.
    .rationale = La aplicación suele ser la única forma de cambiar la configuración, instalar actualizaciones o borrar datos; si no es accesible, tampoco lo son esos controles.
    .consumer = La aplicación funciona con lectores de pantalla y otras herramientas para personas con discapacidad.

ACC-06 = Más de una vía para obtener ayuda
    .requirement = El fabricante ofrece al menos 2 canales de asistencia, como teléfono, correo electrónico, chat, servicio de retransmisión de texto o vídeo en lengua de signos.
    .rationale = Ningún canal de contacto sirve para todo el mundo; poder elegir permite que los clientes sordos, ciegos o con menos confianza en lo digital obtengan ayuda.
    .consumer = Puedes pedir ayuda de más de una forma, por ejemplo por teléfono o por correo electrónico.

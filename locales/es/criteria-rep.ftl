# Reparabilidad, durabilidad y medio ambiente

REP-01 = Manual de reparación publicado
    .requirement = El fabricante publica un manual de reparación que cubre las piezas que pueden repararse o sustituirse.
    .rationale = Las instrucciones hacen posible la reparación por parte de los propietarios y de los talleres independientes, y evitan que productos que funcionan acaben en el vertedero.
    .consumer = Puedes encontrar instrucciones para reparar el dispositivo.

REP-02 = Piezas de repuesto durante al menos cinco años
    .requirement = Las piezas de repuesto siguen disponibles durante al menos 5 años después de que el producto deje de venderse.
    .rationale = Un producto dura lo que dura su pieza más frágil; disponer de repuestos convierte una avería en una reparación.
    .consumer = Puedes comprar piezas de repuesto durante al menos cinco años después de que el dispositivo deje de venderse.

REP-03 = Puedes cambiar la batería
    .requirement = El usuario puede sustituir por sí mismo la batería del producto.
    .rationale = Las baterías se desgastan mucho antes que la electrónica; una batería sellada convierte una pequeña reparación en una nueva compra.
    .consumer = Cuando la batería se gaste, puedes cambiarla por tu cuenta.

REP-04 = Repuestos que funcionan sin desbloqueo
    .requirement = Las piezas de repuesto originales y de terceros funcionan sin necesidad de que el fabricante las empareje con el dispositivo.
    .rationale = Los bloqueos por software de las piezas impiden la reparación independiente y convierten al fabricante en el único que puede reparar el producto.
    .consumer = Las piezas nuevas funcionan sin que la empresa tenga que desbloquearlas.

REP-05 = Se abre con herramientas comunes
    .requirement = El producto puede abrirse para su reparación con herramientas de uso común.
    .rationale = Los tornillos especiales y las carcasas pegadas encarecen la reparación o la hacen imposible para la mayoría de las personas.
    .consumer = Puedes abrir el dispositivo con herramientas normales.

REP-06 = Sigue funcionando cuando termina el soporte
    .requirement = El dispositivo conserva sus funciones locales cuando el servicio en línea del fabricante deja de prestarse, o su propietario puede instalar otro firmware una vez terminado el soporte. Un producto que no usa ningún servicio en línea cumple este criterio.
    .rationale = Un producto que funciona no debería convertirse en residuo porque se apague un servidor; el funcionamiento local o la libertad de instalar otro software le dan una segunda vida.
    .consumer = El dispositivo no se convertirá en un trasto inútil si la empresa apaga sus servidores.

REP-07 = Recogida para reutilización y reciclaje
    .requirement = El fabricante publica cómo puede devolverse el producto para su reutilización o reciclaje al final de su vida útil.
    .rationale = Los aparatos electrónicos contienen materiales valiosos y peligrosos; una forma sencilla de devolverlos evita que acaben en la basura doméstica.
    .consumer = Sabes dónde devolver el dispositivo cuando ya no lo quieras, para que se reutilice o se recicle.

REP-08 = Bajo consumo en espera
    .requirement = En modo de espera en red, el producto consume como máximo 2,0 vatios.
    .rationale = Los productos conectados están encendidos día y noche, por lo que las pequeñas pérdidas en espera suman, a lo largo de los años, un consumo de energía y un coste reales.
    .consumer = El dispositivo gasta muy poca electricidad cuando no lo estás usando.

# Interoperabilidad y apertura

INT-01 = Compatible con un estándar abierto
    .requirement = El producto es compatible con al menos un estándar de interoperabilidad abierto y publicado, como Matter, Thread, Zigbee, Z-Wave, MQTT u ONVIF.
    .rationale = Los estándares abiertos permiten que productos de distintos fabricantes funcionen juntos, y mantienen un dispositivo útil con nuevos concentradores y aplicaciones si su fabricante abandona el mercado.
    .consumer = El dispositivo habla un idioma común, así que funciona con otras marcas.

INT-02 = Interfaz local documentada para otro software
    .requirement = El dispositivo ofrece una interfaz local que otro software puede usar directamente, sin el servicio en línea del fabricante, y su documentación es pública.
    .rationale = Una interfaz local documentada permite a los propietarios y a otros desarrolladores controlar el dispositivo por sí mismos, aunque desaparezca el servicio del fabricante.
    .consumer = Otras aplicaciones pueden controlar el dispositivo directamente, sin pasar por la empresa.

INT-03 = Interfaz en línea abierta en igualdad de condiciones
    .requirement = El servicio en línea del fabricante ofrece una interfaz documentada para las aplicaciones de otras empresas, con las mismas funciones de las que dispone la aplicación propia del fabricante.
    .rationale = Cuando otras aplicaciones tienen el mismo acceso que la del fabricante, las personas pueden elegir el software que prefieren.
    .consumer = Las aplicaciones de otras empresas pueden usar el servicio igual de bien que la aplicación oficial.

INT-04 = Dispositivos de otras marcas admitidos en el servicio
    .requirement = El servicio en línea del fabricante admite dispositivos de otros fabricantes.
    .rationale = Un servicio abierto permite combinar marcas y evita quedar atado al hardware de un solo fabricante.
    .consumer = Puedes conectar dispositivos de otras marcas al mismo servicio.

INT-05 = Código fuente o diseños publicados
    .requirement = El fabricante publica al menos uno de los siguientes: el código fuente del firmware, el código fuente de la aplicación, el código fuente del servidor (back-end) o los archivos de diseño del hardware.
    .rationale = El código y los diseños publicados permiten a cualquiera comprobar qué hace realmente el producto, y a otros mantenerlo cuando el fabricante deja de hacerlo.
    .consumer = Parte del código o de los diseños del dispositivo es pública, así que los expertos pueden revisarlos y mantenerlos vivos.

INT-06 = Compatibilidad certificada con un estándar
    .requirement = La compatibilidad del producto con los estándares abiertos que declara está respaldada por al menos un certificado de conformidad, como un certificado Matter.
    .rationale = Un certificado del organismo responsable de un estándar demuestra que el producto funciona de verdad con otros, y no solo que su fabricante lo diga.
    .consumer = Una prueba independiente confirma que el dispositivo funciona con el estándar que declara.

# Origen y cadena de suministro

SUP-01 = Puedes contactar con el fabricante
    .requirement = El fabricante publica una dirección postal y una dirección de correo electrónico en las que los usuarios y las autoridades pueden ponerse en contacto con él.
    .rationale = La rendición de cuentas empieza por saber quién fabricó un producto y cómo contactar con él.
    .consumer = Sabes quién ha fabricado el dispositivo y cómo contactar con él.

SUP-02 = Software creado con un proceso de desarrollo seguro
    .requirement = El fabricante desarrolla el software del producto siguiendo un proceso de desarrollo seguro identificado por su nombre, como IEC 62443-4-1 o el NIST Secure Software Development Framework.
    .rationale = La seguridad diseñada y probada desde el principio es más barata y fiable que las correcciones posteriores al lanzamiento.
    .consumer = La empresa desarrolla su software con prácticas de seguridad probadas.

SUP-03 = Requisitos de seguridad para los proveedores
    .requirement = El fabricante exige a sus proveedores de componentes y servicios que cumplan requisitos de seguridad establecidos por escrito.
    .rationale = Gran parte del código y del hardware de un producto procede de terceros; las debilidades de la cadena de suministro se convierten en debilidades del producto.
    .consumer = La empresa también obliga a sus proveedores a seguir normas de seguridad.

SUP-04 = Evaluación reciente de riesgos de ciberseguridad
    .requirement = El fabricante realizó una evaluación de riesgos de ciberseguridad del producto en los 24 meses anteriores a la fecha de evaluación.
    .rationale = Las amenazas cambian con el tiempo; una evaluación de riesgos reciente demuestra que las protecciones del producto siguen respondiendo a los riesgos a los que se enfrenta.
    .consumer = La empresa ha revisado hace poco qué podría fallar en la seguridad del dispositivo.

SUP-05 = Lugar de fabricación y proveedores indicados
    .requirement = El fabricante indica los países en los que se fabrica el producto y nombra a sus principales proveedores.
    .rationale = Saber de dónde proceden un producto y sus piezas principales ayuda a compradores y autoridades a valorar los riesgos de su cadena de suministro.
    .consumer = Puedes ver dónde se fabrica el dispositivo y quién suministra sus piezas principales.

SUP-06 = Compilaciones de firmware con registros de origen firmados
    .requirement = Cada compilación de firmware incluye información de procedencia firmada que registra cómo se compiló y a partir de qué fuentes, por ejemplo siguiendo SLSA.
    .rationale = Los registros de compilación firmados permiten a cualquiera comprobar que el firmware de un dispositivo es el que realmente compiló el fabricante.
    .consumer = Cada versión del software lleva un sello digital que muestra de dónde procede.

# Rendición de cuentas

ACT-01 = Cada exención tiene su motivo
    .requirement = Cada criterio que el fabricante declara no aplicable es uno que lo permite, y cada una de esas declaraciones incluye un motivo por escrito.
    .rationale = Las exenciones son donde se esconden los productos deficientes; dejar constancia del motivo permite impugnar cada una de ellas.
    .consumer = Si la empresa dice que una norma no se aplica, tiene que explicar por qué.

ACT-02 = Declaración oficial de conformidad publicada
    .requirement = El fabricante publica la declaración UE de conformidad o la declaración de cumplimiento del Reino Unido (statement of compliance) del producto.
    .rationale = Estos documentos legales indican quién asume la responsabilidad de que el producto cumpla la ley, y las autoridades de vigilancia se basan en ellos.
    .consumer = La empresa publica el documento oficial que acredita que el dispositivo cumple la ley.

ACT-03 = Las reclamaciones reciben respuesta a tiempo
    .requirement = El fabricante publica cómo presentar una reclamación y se compromete a responder a las reclamaciones en un número de días determinado.
    .rationale = Una vía clara para las reclamaciones, con un plazo de respuesta prometido, saca a la luz los problemas y hace que se resuelvan.
    .consumer = Sabes dónde reclamar y en cuánto tiempo te responderán.

ACT-04 = Al menos dos años de garantía
    .requirement = El producto incluye una garantía de al menos 24 meses.
    .rationale = Una garantía larga demuestra que el fabricante respalda la durabilidad del producto.
    .consumer = Estás cubierto durante al menos dos años si el dispositivo se estropea.

ACT-05 = Atención al cliente disponible
    .requirement = El fabricante publica dónde pueden obtener los clientes asistencia para el producto.
    .rationale = Los problemas con la configuración, las actualizaciones y los datos son más fáciles de resolver, y es menos probable que se conviertan en problemas de seguridad, cuando hay ayuda a mano.
    .consumer = Sabes dónde conseguir ayuda con el dispositivo.

ACT-06 = Afirmaciones respaldadas por pruebas públicas
    .requirement = Cada afirmación de la declaración enlaza a pruebas públicas, y se adjunta a la declaración al menos un archivo de pruebas.
    .rationale = Afirmar no cuesta nada; lo que hace que una etiqueta merezca confianza son las pruebas que cualquiera puede comprobar.
    .consumer = Puedes comprobar las pruebas de lo que afirma la empresa.

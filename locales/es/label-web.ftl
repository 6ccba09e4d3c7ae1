# La capa secundaria de la etiqueta: la página web completa (HTML) a la que
# lleva el código QR del embalaje, y el fragmento que inserta el registro.
# Primero para consumidores, después para expertos: palabras sencillas,
# frases cortas.

## La página en su conjunto

label-web-title = { $product }: etiqueta iotmark para consumidores
label-web-brand = Etiqueta iotmark para consumidores
label-web-skip = Ir a la etiqueta
label-web-contents = Índice
label-web-list-separator = {", "}

## Encabezado: el producto y su sello

label-web-manufacturer = Fabricante
label-web-model = Modelo
label-web-firmware = Versión del software
label-web-hardware = Versión del hardware
label-web-released = A la venta desde el
label-web-mark = Nivel del sello
label-web-level =
    { $level ->
        [0] Ningún nivel alcanzado
       *[other] Nivel { $level } de { $max }
    }
label-web-scale = Escala de niveles del 1 al { $max }: { $level ->
        [0] ningún nivel alcanzado
       *[other] nivel { $level } alcanzado
    }
label-web-status = Estado
label-web-status-valid = Certificado, certificado válido
label-web-status-suspended = Certificado suspendido
label-web-status-revoked = Certificado revocado
label-web-status-expired = Certificado caducado
label-web-status-self_assessed = Autoevaluado, sin certificar
label-web-status-valid-note = Un organismo de certificación ha revisado este producto. Su certificado consta en un registro público que cualquiera puede comprobar.
label-web-status-suspended-note = El organismo de certificación ha suspendido el certificado mientras investiga un problema. No confíe en el sello hasta que se restablezca.
label-web-status-revoked-note = El organismo de certificación ha retirado el certificado. El sello ya no se aplica a este producto.
label-web-status-expired-note = El certificado ha caducado, normalmente porque ha terminado el soporte de seguridad. El sello ya no se aplica.
label-web-status-self_assessed-note = El fabricante ha evaluado este producto por sí mismo. Solo la aprobación de un organismo de certificación en el registro constituye un certificado.
label-web-registry = Compruebe el estado actual en el registro
label-web-certificate = Número de certificado
label-web-contradicted =
    { $count ->
        [one] Las pruebas contradicen una afirmación del fabricante:
       *[other] Las pruebas contradicen { $count } afirmaciones del fabricante:
    }

## Lo esencial (los mismos datos que la etiqueta del embalaje)

label-web-facts = Lo esencial
label-web-fact-support = Actualizaciones de seguridad garantizadas hasta el
label-web-fact-updates = Cómo se instalan las actualizaciones
label-web-fact-sensors = Sensores
label-web-fact-actuators = Puede actuar en su casa
label-web-fact-shared = Sus datos compartidos con terceros
label-web-fact-sold = Sus datos vendidos
label-web-fact-offline = Funciona sin internet
label-web-fact-account = Funciona sin cuenta
label-web-fact-repair = Reparación
label-web-not-disclosed = El fabricante no lo indica

label-web-support-none = No se indica ninguna fecha
label-web-support-none-note = El fabricante no se ha comprometido a ofrecer actualizaciones de seguridad durante ningún periodo.
label-web-support-left = Tiempo restante el día de la evaluación: { $duration }.
label-web-support-last-day = Las actualizaciones de seguridad terminan el día de la evaluación.
label-web-support-ended = El soporte de seguridad terminó { $duration } antes de la evaluación. Ya no se garantiza ninguna actualización de seguridad.
label-web-support-published = Dónde publica el fabricante esta fecha

label-web-duration-years =
    { $count ->
        [one] un año
       *[other] { $count } años
    }
label-web-duration-months =
    { $count ->
        [one] un mes
       *[other] { $count } meses
    }
label-web-duration-days =
    { $count ->
        [one] un día
       *[other] { $count } días
    }
label-web-duration-and = { $years } y { $months }

label-web-updates-automatic_may_opt_out = Automáticamente; puede desactivarlo
label-web-updates-automatic_may_not_opt_out = Automáticamente; no puede desactivarlo
label-web-updates-manual = Usted inicia cada actualización
label-web-updates-no_updates = El software no se puede actualizar
label-web-updates-not_disclosed = El fabricante no lo indica

label-web-sensors-none = Ninguno declarado
label-web-sensor-camera = cámara
label-web-sensor-microphone = micrófono
label-web-sensor-location = ubicación
label-web-sensor-motion = movimiento
label-web-sensor-presence = presencia
label-web-sensor-biometric = biométrico (por ejemplo, huella dactilar)
label-web-sensor-health = salud (por ejemplo, frecuencia cardiaca)
label-web-sensor-environmental = entorno (por ejemplo, temperatura)
label-web-sensor-contact = contacto de puerta o ventana
label-web-sensor-light = luz
label-web-sensor-nfc = NFC (sin contacto)

label-web-actuators-none = Nada declarado
label-web-actuator-lock = cerradura
label-web-actuator-power_switch = interruptor
label-web-actuator-motor = motor
label-web-actuator-speaker = altavoz
label-web-actuator-display = pantalla
label-web-actuator-light = luz
label-web-actuator-heating = calefacción
label-web-actuator-valve = válvula
label-web-actuator-alarm = alarma o sirena
label-web-actuator-vibration = vibración

label-web-shared-yes = Sí, con: { $recipients }
label-web-shared-yes-unnamed = Sí
label-web-shared-no = Con nadie aparte del fabricante
label-web-recipient-service_provider = proveedores de servicios
label-web-recipient-affiliate = empresas del grupo
label-web-recipient-advertiser = anunciantes
label-web-recipient-data_broker = intermediarios de datos
label-web-recipient-insurer = aseguradoras
label-web-recipient-researcher = investigadores
label-web-recipient-authority = autoridades públicas
label-web-recipient-other = otros
label-web-sold-yes = Sí, se venden datos personales
label-web-sold-no = No

label-web-availability-full = Sí, por completo
label-web-availability-partial = En parte
label-web-availability-none = No

label-web-repair-parts =
    { $years ->
        [one] Piezas de repuesto durante un año tras el fin de la venta
       *[other] Piezas de repuesto durante { $years } años tras el fin de la venta
    }
label-web-repair-parts-none = Sin piezas de repuesto
label-web-repair-parts-unknown = Piezas de repuesto: no se indica
label-web-repair-manual-yes = Manual de reparación publicado
label-web-repair-manual-no = No hay manual de reparación publicado
label-web-repair-manual-unknown = Manual de reparación: no se indica
label-web-repair-battery-yes = Puede cambiar la batería usted mismo
label-web-repair-battery-no = No puede cambiar la batería usted mismo
label-web-repair-battery-unknown = Cambio de batería: no se indica
label-web-repair-battery-none = Sin batería

## El periodo de soporte de seguridad

label-web-support = Actualizaciones de seguridad
label-web-support-why = Las actualizaciones de seguridad corrigen fallos que un atacante podría aprovechar. Cuando dejan de llegar, mantener el producto conectado es más arriesgado.
label-web-timeline-title = Periodo de soporte de seguridad
label-web-timeline-desc = Actualizaciones de seguridad del { $start } al { $end }. La evaluación se realizó el { $today }.
label-web-timeline-released = A la venta desde el
label-web-timeline-assessed = Evaluado el
label-web-timeline-end = Fin de las actualizaciones de seguridad
label-web-timeline-past = Tiempo ya transcurrido
label-web-timeline-left = Tiempo garantizado restante

## Resultados por área y por criterio

label-web-areas = Resultados por área
label-web-areas-intro = Cada área recibe una nota de la A (la mejor) a la E, según los criterios que cumple. Los criterios que no se aplican a este producto no cuentan.
label-web-grades-caption = Notas y puntuaciones por área
label-web-col-area = Área
label-web-col-grade = Nota
label-web-col-score = Puntuación
label-web-col-met = Cumplidos
label-web-col-not-met = No cumplidos
label-web-col-unknown = Desconocidos
label-web-col-not-applicable = No aplicables
label-web-grade = Nota
label-web-score = Puntuación de { $score } sobre 100
label-web-counts = { $met } cumplidos, { $notmet } no cumplidos, { $unknown } desconocidos, { $na } no aplicables

label-web-verdict-met = Cumplido
label-web-verdict-not_met = No cumplido
label-web-verdict-unknown = Desconocido: no se ha dado información
label-web-verdict-not_applicable = No se aplica a este producto
label-web-basis-declared = Declarado por el fabricante
label-web-basis-verified = Verificado con pruebas
label-web-basis-assessor = Probado por un evaluador
label-web-basis-contradicted = Contradicho por las pruebas
label-web-reason = Motivo
label-web-reason-english = Motivo (en inglés)
label-web-expert = Detalles para expertos
label-web-criterion = Criterio
label-web-criterion-level = Nivel
label-web-required = Obligatorio para el nivel { $level }
label-web-recommended = Recomendado a partir del nivel { $level }
label-web-references = Corresponde a
label-web-references-none = Ninguna cláusula correspondiente en otros esquemas

## Nombres cortos de los esquemas, para las correspondencias de cada criterio

label-web-scheme-better-iot = Better IoT
label-web-scheme-cta-2120 = CTA-2120
label-web-scheme-digital-standard = Digital Standard
label-web-scheme-etsi-en-303-645 = ETSI EN 303 645
label-web-scheme-eu-cra = CRA (UE)
label-web-scheme-nist-ir-8425 = NIST IR 8425
label-web-scheme-sg-cls = CLS de Singapur
label-web-scheme-uk-psti = PSTI (Reino Unido)

## Vulnerabilidades conocidas

label-web-vulnerabilities = Vulnerabilidades conocidas
label-web-vuln-intro = Fallos de seguridad conocidos en los componentes de software que el fabricante enumera en su lista de materiales de software (SBOM), comprobados con datos públicos de vulnerabilidades.
label-web-vuln-not-scanned = No se ha comprobado ninguna lista de materiales de software con datos de vulnerabilidades, así que no se sabe si el producto contiene vulnerabilidades conocidas.
label-web-vuln-none = No se ha encontrado ninguna: ningún componente de software coincide con una vulnerabilidad conocida.
label-web-vuln-count =
    { $count ->
        [one] Se ha encontrado una vulnerabilidad conocida.
       *[other] Se han encontrado { $count } vulnerabilidades conocidas.
    }
label-web-vuln-component = Componente de software
label-web-vuln-installed = Versión instalada
label-web-vuln-fixed = Corregida en la versión
label-web-vuln-fixed-none = Todavía no se conoce ninguna corrección
label-web-vuln-severity = Gravedad: { $severity }
label-web-severity-critical = crítica
label-web-severity-high = alta
label-web-severity-medium = media
label-web-severity-low = baja
label-web-severity-unknown = desconocida
label-web-vuln-kev = Explotada activamente por atacantes
label-web-vuln-kev-note = Figura en el catálogo de vulnerabilidades explotadas conocidas (KEV) de CISA, la agencia de ciberseguridad de EE. UU.
label-web-vuln-suppressed = No afecta a este producto, según el fabricante
label-web-vuln-justification = Justificación

## Nivel siguiente

label-web-next = Nivel siguiente
label-web-next-missing = Para alcanzar el nivel { $level } ({ $name }), también deben cumplirse estos criterios obligatorios:
label-web-next-top = Este producto ha alcanzado el nivel más alto.

## Otros esquemas y leyes

label-web-schemes = Otros esquemas y leyes
label-web-schemes-intro = Cada criterio corresponde a cláusulas de otros esquemas de seguridad y leyes. Esta tabla muestra cuántas de sus cláusulas cumple este producto.
label-web-schemes-caption = Cláusulas de otros esquemas que cumple este producto
label-web-col-scheme = Esquema
label-web-col-clauses = Cláusulas
label-web-col-uncovered = No cubiertas por iotmark

## Pie de página

label-web-assessed = Evaluado el { $date } según el catálogo iotmark, versión { $version }.
label-web-snapshot = Esta página muestra la evaluación tal como estaba ese día. El registro muestra el estado actual.
label-web-format = Versión legible por máquina: { $format }, versión de formato { $version }.

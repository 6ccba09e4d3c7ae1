# La capa principal de la etiqueta (impresa en la caja) y su variante
# compacta (fichas de producto de las tiendas). Textos breves: la etiqueta
# mide 60 × 90 mm.

## La etiqueta completa, para lectores de pantalla.

label-title = Etiqueta iotmark: { $product }
label-desc-mark = Nivel de la marca { $level } de { $max }: { $name }.
label-desc-support = Actualizaciones de seguridad hasta el { $date }.
label-desc-support-ended = Las actualizaciones de seguridad terminaron el { $date }.
label-desc-support-none = Sin compromiso de actualizaciones de seguridad.
label-desc-scan = Todos los detalles: { $url }

## La marca.

label-level = Nivel { $level } · { $name }
label-level-short = Nivel { $level }

## El estado de la marca.

label-status-valid = Certificado · válido
label-status-suspended = Certificado suspendido
label-status-revoked = Certificado revocado
label-status-expired = Certificado caducado
label-status-self_assessed = Autoevaluado · no certificado
label-certificate = N.º { $id }

## El periodo de soporte: el dato más grande de la etiqueta.

label-support-until = Soporte de seguridad hasta el
label-support-ended = Soporte de seguridad terminado el
label-support-none = Sin compromiso de actualizaciones de seguridad
label-support-none-detail = El fabricante no indica durante cuánto tiempo recibirá este producto actualizaciones de seguridad.
label-compact-until = Actualizaciones hasta
label-compact-none = Sin compromiso de actualizaciones

## Los datos.

label-fact-updates = Actualizaciones
label-fact-sensors = Sensores
label-fact-data = Sus datos
label-fact-offline = Sin internet
label-fact-account = Sin cuenta
label-fact-repair = Reparación

label-update-automatic_may_opt_out = Automáticas, desactivables
label-update-automatic_may_not_opt_out = Automáticas, siempre activas
label-update-manual = Las instala usted
label-update-no_updates = No se puede actualizar
label-update-not_disclosed = No indicado

label-sensors-none = Sin sensores
label-sensor-camera = Cámara
label-sensor-microphone = Micrófono
label-sensor-location = Ubicación
label-sensor-motion = Movimiento
label-sensor-presence = Presencia
label-sensor-biometric = Biometría
label-sensor-health = Salud
label-sensor-environmental = Entorno
label-sensor-contact = Contacto de puerta
label-sensor-light = Luz
label-sensor-nfc = NFC

label-data-shared-with = Compartidos con: { $recipients }
label-data-shared = Compartidos con terceros
label-data-not-shared = No se comparten
label-data-sharing-not-disclosed = Uso compartido no indicado
label-data-sold = Se venden
label-data-not-sold = No se venden
label-data-sale-not-disclosed = Venta no indicada
label-recipient-service_provider = proveedores de servicios
label-recipient-affiliate = filiales
label-recipient-advertiser = anunciantes
label-recipient-data_broker = corredores de datos
label-recipient-insurer = aseguradoras
label-recipient-researcher = investigadores
label-recipient-authority = autoridades
label-recipient-other = otros

label-availability-full = Funciona por completo
label-availability-partial = Funciona en parte
label-availability-none = No funciona
label-availability-not_disclosed = No indicado

label-repair-parts =
    { $years ->
        [one] Repuestos: { $years } año
       *[other] Repuestos: { $years } años
    }
label-repair-parts-none = Sin repuestos
label-repair-parts-not-disclosed = Repuestos no indicados
label-repair-battery-replaceable = Batería reemplazable
label-repair-battery-sealed = Batería no reemplazable
label-repair-battery-not-disclosed = Batería no indicada
label-repair-manual = Manual de reparación
label-repair-manual-none = Sin manual de reparación

label-list-separator = {", "}

## Rótulos breves de la variante compacta.

label-short-update-automatic_may_opt_out = Actualiza solo
label-short-update-automatic_may_not_opt_out = Actualiza solo
label-short-update-manual = Actualiz. manual
label-short-update-no_updates = No se actualiza
label-short-update-not_disclosed = No indicado
label-short-sensors =
    { $count ->
        [0] Sin sensores
        [one] 1 sensor
       *[other] { $count } sensores
    }
label-short-offline-full = Funciona sin red
label-short-offline-partial = En parte sin red
label-short-offline-none = Requiere internet
label-short-offline-not_disclosed = No indicado
label-short-data-not-sold = No se venden
label-short-data-sold = Se venden
label-short-data-not-disclosed = No indicado

## El pie de la etiqueta.

label-model = Modelo { $model }
label-firmware = Firmware { $version }
label-scan = Escanee para más detalles

## La descripción para lectores de pantalla.

label-desc-sentence = { $text }.
label-desc-fact = { $heading }: { $value }.
label-desc-product = { $product }, { $model }, { $firmware }, { $manufacturer }.
label-desc-item-separator = {"; "}
label-desc-join = {" "}

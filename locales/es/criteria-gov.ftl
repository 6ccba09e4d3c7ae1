# Gobernanza de datos y transparencia

GOV-01 = El restablecimiento de fábrica borra tus datos
    .requirement = Un restablecimiento de fábrica elimina del dispositivo todos los datos del usuario, las credenciales y los ajustes con una única acción sencilla.
    .rationale = Los dispositivos se revenden, se devuelven y se reciclan; los datos que quedan en ellos exponen al propietario anterior.
    .consumer = Un solo restablecimiento lo borra todo, para que puedas vender o reciclar el dispositivo con seguridad.

GOV-02 = Puedes borrar tus datos de la nube
    .requirement = El usuario puede eliminar los datos sobre él que conserva el servicio en línea del fabricante. Cuando el producto requiere una cuenta, el usuario también puede cerrarla, y al cerrarla se eliminan los datos vinculados a ella.
    .rationale = Las copias de grabaciones e historiales guardadas en línea sobreviven al dispositivo; sin una forma de borrarlas, las personas pierden para siempre el control de sus datos.
    .consumer = Puedes borrar lo que la empresa guarda sobre ti en internet y cerrar tu cuenta definitivamente.

GOV-03 = Puedes obtener gratis una copia de tus datos
    .requirement = El usuario puede obtener, sin coste alguno, una copia de los datos personales que el producto y sus servicios conservan sobre él.
    .rationale = Una copia permite a las personas ver qué se guarda sobre ellas y llevarlo a otro servicio en lugar de quedar atrapadas.
    .consumer = Puedes descargar tus datos gratis y llevártelos a otro sitio.

GOV-04 = Puedes corregir tus datos y limitar su uso
    .requirement = El usuario puede rectificar sus datos personales y limitar su tratamiento. El fabricante no deniega la revisión humana de las decisiones automatizadas que afecten significativamente al usuario.
    .rationale = Los datos erróneos llevan a decisiones erróneas; las personas necesitan una forma de corregirlos, restringir su uso e impugnar lo que una máquina ha decidido sobre ellas.
    .consumer = Puedes corregir datos erróneos, limitar su uso y pedir que una persona revise una decisión que un ordenador ha tomado sobre ti.

GOV-05 = Traspasar el dispositivo es seguro para ambos propietarios
    .requirement = El producto puede transferirse a un nuevo propietario, y la transferencia elimina todo el acceso y todos los datos del propietario anterior.
    .rationale = Los productos suelen sobrevivir a su primer propietario; el siguiente necesita un dispositivo que funcione, y el anterior no debe conservar una ventana hacia él.
    .consumer = Puedes vender o regalar el dispositivo; el nuevo propietario puede usarlo y no puede ver tus datos.

GOV-06 = Condiciones con duración indicada y cambios avisados con antelación
    .requirement = Las condiciones del servicio indican durante cuánto tiempo se aplican. El fabricante avisa a los usuarios con al menos 30 días de antelación de los cambios sustanciales, que solo entran en vigor cuando los usuarios los aceptan.
    .rationale = Un producto conectado depende de sus condiciones tanto como de su hardware; los cambios repentinos o silenciosos pueden quitar aquello por lo que las personas han pagado.
    .consumer = Las condiciones del servicio dicen cuánto duran, y te avisan de los cambios con al menos un mes de antelación.

GOV-07 = Uso previsto y riesgos previsibles descritos
    .requirement = El fabricante indica el uso previsto del producto y describe el uso indebido previsible y los riesgos de seguridad que podría conllevar.
    .rationale = Las personas solo pueden evitar configuraciones de riesgo si saben para qué se diseñó el producto y dónde puede fallar.
    .consumer = Te dicen para qué está hecho el dispositivo y cómo usarlo de forma incorrecta podría ponerte en riesgo.

GOV-08 = Guías para configurar con seguridad y borrar el dispositivo
    .requirement = El fabricante publica orientaciones para configurar el producto de forma segura y para retirarlo del servicio, incluido cómo eliminar los datos del usuario.
    .rationale = Muchos problemas en los hogares reales se deben a decisiones de configuración inseguras y a datos olvidados; unas instrucciones claras cierran ambas brechas.
    .consumer = Recibes pasos claros para configurar el dispositivo con seguridad y borrarlo antes de deshacerte de él.

GOV-09 = Se indica cómo genera ingresos el producto
    .requirement = El fabricante indica cómo se financia el producto, ya sea con el precio de compra, una suscripción o el uso de datos, y si alguna función principal requiere una suscripción de pago.
    .rationale = Las personas pagan con dinero o con sus datos; saber con cuál, y qué podría costar más adelante, forma parte de una compra informada.
    .consumer = Sabes cómo gana dinero la empresa con el dispositivo y si tendrás que seguir pagando.

GOV-10 = Las solicitudes de datos de usuarios se publican
    .requirement = El fabricante publica un informe de transparencia sobre las solicitudes de datos de usuarios que recibe de gobiernos y otros terceros, y sobre cómo responde a ellas.
    .rationale = Las autoridades y otros terceros pueden exigir los datos guardados en línea; las cifras públicas muestran con qué frecuencia ocurre y cómo responde la empresa.
    .consumer = La empresa informa públicamente de cuántas veces otros le piden datos de sus clientes.

GOV-11 = Se explican las consecuencias legales de cambiar el uso
    .requirement = El fabricante explica las consecuencias jurídicas de modificar sustancialmente el uso del producto, por ejemplo, desactivar una función de la que depende una póliza de seguro o un contrato.
    .rationale = Algunos productos conllevan obligaciones frente a aseguradoras, arrendadores o empleadores; las personas deben saberlo antes de cambiar un ajuste del que depende un contrato.
    .consumer = Te avisan si cambiar la forma de usar el dispositivo puede afectar a tu seguro o a un contrato.

# Plantillas de WhatsApp: se envían fuera de la ventana de 24 horas de WhatsApp, tras la aprobación de Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = De su grupo: { $body }
    Puede responder aquí.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Un mensaje para usted de su grupo: { $body }
    Puede responder aquí.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Noticias de su grupo: { $body }
    Puede responder aquí.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Aviso para su grupo: { $body }
    Puede responder aquí.

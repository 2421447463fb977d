# Modelonan di mensahe pa WhatsApp: nos ta manda nan pafó di e 24 ora di WhatsApp, despues ku Meta a aprobá nan.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = Di bo grupo: { $body }
    Bo por kontestá aki.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Un mensahe pa bo di bo grupo: { $body }
    Bo por kontestá aki.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Notisia di bo grupo: { $body }
    Bo por kontestá aki.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Anunsio pa bo grupo: { $body }
    Bo por kontestá aki.

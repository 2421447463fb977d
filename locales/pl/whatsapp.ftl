# Szablony WhatsApp: wysyłane poza 24-godzinnym oknem WhatsAppa, po zatwierdzeniu przez firmę Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = Przypomnienie z grupy spotkań: { $body }
    Można tu odpowiedzieć.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Wiadomość dla Pana/Pani z grupy spotkań: { $body }
    Można tu odpowiedzieć.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Nowości z grupy spotkań: { $body }
    Można tu odpowiedzieć.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Ogłoszenie dla grupy spotkań: { $body }
    Można tu odpowiedzieć.

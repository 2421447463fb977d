# Szablony WhatsApp: wysyłane poza 24-godzinnym oknem WhatsAppa, po zatwierdzeniu przez firmę Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = Od Pana/Pani grupy: { $body }
    Można tu odpowiedzieć.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Wiadomość z Pana/Pani grupy: { $body }
    Można tu odpowiedzieć.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Informacja z grupy: { $body }
    Można tu odpowiedzieć.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Ogłoszenie dla grupy: { $body }
    Można tu odpowiedzieć.

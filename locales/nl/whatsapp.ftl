# WhatsApp-sjablonen: verstuurd buiten het 24-uursvenster van WhatsApp, na goedkeuring door Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = Van uw groep: { $body }
    U kunt hier antwoorden.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Een bericht voor u uit uw groep: { $body }
    U kunt hier antwoorden.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Nieuws van uw groep: { $body }
    U kunt hier antwoorden.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Mededeling voor uw groep: { $body }
    U kunt hier antwoorden.

# Mga template ng WhatsApp: ipinapadala sa labas ng 24 na oras na window ng WhatsApp, matapos aprubahan ng Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = Mula po sa inyong grupo: { $body }
    Puwede po kayong sumagot dito.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = May mensahe po para sa inyo mula sa inyong grupo: { $body }
    Puwede po kayong sumagot dito.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Balita po mula sa inyong grupo: { $body }
    Puwede po kayong sumagot dito.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Anunsiyo po para sa inyong grupo: { $body }
    Puwede po kayong sumagot dito.

# Шаблони за WhatsApp: изпращат се извън 24-часовия прозорец на WhatsApp, след одобрение от Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = От Вашата група: { $body }
    Можете да отговорите тук.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Съобщение за Вас от Вашата група за срещи: { $body }
    Можете да отговорите тук.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Новини от Вашата група за срещи: { $body }
    Можете да отговорите тук.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Обявление за Вашата група за срещи: { $body }
    Можете да отговорите тук.

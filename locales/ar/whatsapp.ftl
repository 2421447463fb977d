# WhatsApp templates: sent outside WhatsApp's 24-hour window, after approval by Meta.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = من مجموعتكم: { $body }
    يمكنكم الرد هنا.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = رسالة لكم من مجموعة لقاءاتكم: { $body }
    يمكنكم الرد هنا.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = أخبار من مجموعة لقاءاتكم: { $body }
    يمكنكم الرد هنا.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = إشعار لمجموعة لقاءاتكم: { $body }
    يمكنكم الرد هنا.

# WhatsApp templates: sent outside WhatsApp's 24-hour window, after approval by Meta.
# `samen whatsapp templates` prints them with {{1}} where $body goes; the whole message is $body.
# NOTE: Meta refuses templates that begin or end with a variable: each ends with a short sentence.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = From your group: { $body }
    You can answer here.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = A message for you from your group: { $body }
    You can answer here.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = News from your group: { $body }
    You can answer here.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Announcement for your group: { $body }
    You can answer here.

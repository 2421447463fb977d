# WhatsApp şablonları: WhatsApp'ın 24 saatlik süresi dışında, Meta onayladıktan sonra gönderilir.

# Variables:
#   $body (string) - the message itself
whatsapp-template-reminder = Grubunuzdan: { $body }
    Buradan cevap verebilirsiniz.
# Variables:
#   $body (string) - the message itself
whatsapp-template-relay = Buluşma grubunuzdan size bir mesaj var: { $body }
    Buradan cevap verebilirsiniz.
# Variables:
#   $body (string) - the message itself
whatsapp-template-notice = Buluşma grubunuzdan haberler: { $body }
    Buradan cevap verebilirsiniz.
# Variables:
#   $body (string) - the message itself
whatsapp-template-broadcast = Buluşma grubunuz için duyuru: { $body }
    Buradan cevap verebilirsiniz.

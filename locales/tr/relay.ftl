# Üyeler ile grup sorumlusu arasında mesaj iletme.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Sesli mesaj: { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Fotoğraf: { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 Dosya: { $name } ({ $group })
relay-reply-button = Cevapla
relay-passed-on = ✅ Grup sorumlunuza iletildi.
relay-nobody = Grubunuzun henüz bir sorumlusu yok. Mesajınız kaydedildi.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Şimdi { $name } için cevabınızı yazın ya da sesli mesaj olarak gönderin.
relay-reply-cancelled = Tamam, cevap gönderilmedi.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Gönderildi: { $name }
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } akıllı telefon kullanmıyor. Lütfen kendisini telefonla arayın.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 { $name } size bir mesaj gönderdi.
staff-who-for = Bu mesaj kimin için? Önce bir katılımcının mesajının altındaki "Cevapla" düğmesine basın veya "menü" yazın.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) yardım istiyor: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name }: { $language } okuyor. Sözleriniz yazdığınız gibi gider.

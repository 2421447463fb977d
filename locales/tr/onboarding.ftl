# Katılma: davet kodları, onay, dil, aramalar, hoş geldiniz.

stranger-how-to-join = Merhaba! Bu, buluşma grubunuzun samen botudur. Katılmak için grup sorumlunuzdan aldığınız kodu gönderin.
invite-unknown = Bu kodu tanımıyorum. Lütfen kodu kontrol edin ya da grup sorumlunuzdan yeni bir kod isteyin.
invite-expired = Bu kodun süresi dolmuş. Lütfen grup sorumlunuzdan yeni bir kod isteyin.
invite-used-up = Bu kod çok fazla kullanılmış. Lütfen grup sorumlunuzdan yeni bir kod isteyin.
# Variables:
#   $group (string) - the group's name
invite-already-member = Zaten { $group } grubundasınız.
# Variables:
#   $group (string) - the group's name
consent-question = { $group } grubuna hoş geldiniz! Size buradan buluşma saatlerini ve grup mesajlarını gönderip adınızı, dilinizi ve cevaplarınızı kaydedebilir miyiz?
consent-yes = Kabul ediyorum
consent-no = Hayır, sağ olun
language-other = Başka bir dil
consent-already = Zaten cevap verdiniz. Teşekkür ederiz!
consent-declined = Tamam. Hiçbir şey kaydetmedik. Daha sonra aynı kodla katılabilirsiniz.
language-question = Hangi dilde mesaj almak istersiniz?
# Variables:
#   $language (string) - the language's own name
language-changed = Tamam. Bundan sonra size bu dilde yazacağım: { $language }.
call-question = Grup sorumlunuz sizi telefonla arayabilir mi?
call-yes = Evet, arayın
call-no = Hayır, aramayın
call-saved-yes = Kaydedildi: grup sorumlunuz sizi arayabilir.
call-saved-no = Kaydedildi: grup sorumlunuz sizi aramayacak.
# Variables:
#   $group (string) - the group's name
welcome-participant = Artık { $group } grubundasınız. 🌷 Her buluşmadan önce size bir mesaj gelecek. Buraya mesaj ya da sesli mesaj gönderebilirsiniz: grup sorumlunuza ulaşır. Grupta konuşulanlar grupta kalır.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Hoş geldiniz! Artık { $group } grubunun sorumlusunuz. Üyelerinizin mesajları buraya gelir. Araçlarınız için "menü" gönderin.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name }, { $group } grubuna katıldı ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names }, { $group } grubuna katıldı.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count } kişi daha
call-share-number = Telefon numaranızı grup sorumlunuza vermek için aşağıdaki düğmeye dokunun.
call-share-button = Numaramı paylaş
call-number-saved = Teşekkür ederiz. Grup sorumlunuz artık sizi arayabilir.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Mesajlarımı sesli mesaj olarak da göndereyim mi?
voice-yes = Evet, sesli de
voice-no = Yazı yeterli
voice-on = 🔊 Bundan sonra mesajlarım size sesli mesaj olarak da gelecek.
voice-off = 📝 Bundan sonra mesajlarım size sadece yazı olarak gelecek.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Üzgünüm, henüz { $language } konuşamıyorum. Mesajlarım size yazı olarak gelir.

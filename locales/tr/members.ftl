# Grup sorumlusunun araçları: menü, davetler, üye listesi, akıllı telefonu olmayan üyeler.

menu-no-group = Henüz sorumlu olduğunuz bir grup yok.
menu-pick-group = Hangi grup?
# Variables:
#   $group (string) - the group's name
menu-title = { $group } için menü:
menu-invite = Davet et
menu-members = Üyeler
menu-add-phone-only = Akıllı telefonsuz
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = { $group } için yeni kod: { $code }
    Bu kodu yeni bir üyeye gönderin. Kod { $expires } tarihine kadar ve { $uses ->
        [one] bir kişi
       *[other] { $uses } kişi
    } için geçerlidir.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] bir üye
       *[other] { $count } üye
    }
    { $lines }
    ⭐ grup sorumlusu · 📵 akıllı telefonu yok · 📞 aranabilir · 🔕 mesajları durdurdu · ⏳ henüz onay vermedi
# Variables:
#   $group (string) - the group's name
members-add-ask-name = { $group } grubuna akıllı telefonu olmayan bir üye ekleyin. Sadece katılmayı kabul etmiş birini ekleyin. Adı nedir?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Lütfen en fazla { $max } harfli bir ad yazın.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = { $name } hangi dili konuşuyor?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = { $name } hangi telefon numarasından aranabilir? Sadece kendisinin izniyle. Ya da "Atla" düğmesine dokunun.
members-add-skip = Atla
members-add-bad-number = Bu bir telefon numarası değil. Şöyle yazın: +31612345678. Ya da "Atla" düğmesine dokunun.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) artık { $group } grubunda. Onun yerine siz cevap veriyorsunuz.
members-add-cancelled = Tamam, kimse eklenmedi.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = Yeni üye Telegram'da bu bağlantıya da dokunabilir: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = Yeni üye WhatsApp'ta bu bağlantıya dokunup mesajı gönderebilir: { $link }

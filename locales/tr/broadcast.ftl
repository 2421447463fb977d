# Grup sorumlusunun gruba mesajları, hazır duyurular, bağlı bir Telegram grubu.

menu-broadcast = Herkese mesaj
menu-link-chat = Telegram grubu
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 { $group } grubuna bir mesaj. Kimler alsın?
bc-everyone = Herkes
bc-coming = Gelecek olanlar
# Variables:
#   $group (string) - the group's name
bc-ask-content = Mesajınızı yazın ya da bir fotoğraf veya sesli mesaj gönderin. Ya da hazır bir mesaj seçin: herkes onu kendi dilinde alır.
bc-ready-cancelled-label = Buluşma iptal
bc-ready-place-label = Yeni yer
bc-ready-bring-label = Bir şey getirin
bc-ready-ramadan-label = Ramazan
bc-ready-eid-label = Bayram
bc-ready-christmas-label = Noel
bc-ready-newyear-label = Yeni Yıl
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Divali
bc-ready-summer-label = Yaz arası
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: { $date } tarihindeki buluşma yapılmayacak. Sonraki buluşmayı size haber vereceğiz. Kendinize iyi bakın!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: { $date } tarihindeki buluşma başka bir yerde. { $place ->
        [none] Grup sorumlunuz size yerini söyleyecek.
       *[other] Buluşma yeri: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: { $date } tarihindeki buluşmaya lütfen paylaşmak için bir şey getirin: bir yemek, bir fotoğraf ya da memleketinizden bir hikâye. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 { $group }, oruç tutan herkese mübarek bir ay diler. Hayırlı Ramazanlar!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Bayramınız mübarek olsun! { $group }, size ve ailenize mutlu bayramlar diler.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 { $group }, size mutlu Noeller ve sevdiklerinizle sıcak günler diler.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 { $group } grubundan mutlu yıllar! Sizi yeniden görmeyi dört gözle bekliyoruz.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: bugün köleliğin sona erişini anıyor ve özgürlüğü kutluyoruz. { $group }, size anlamlı bir gün diler.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Mutlu Divali! { $group }, size ışık, neşe ve sağlık diler.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ { $group } yaz arası veriyor. İyi yazlar! Tekrar buluşacağımız zaman size haber vereceğiz.
bc-needs-meeting = Planlanmış bir sonraki buluşma yok, bu yüzden bu mesaj şimdi kullanılamaz. Lütfen kendi mesajınızı yazın.
bc-preview-title = 👀 Mesaj böyle görünecek:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = Mesaj { $count ->
        [one] 1 üyeye
       *[other] { $count } üyeye
    } gidecek ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Ayrı metin olan diller: { $versions }.
    }{ $chat ->
        [yes] {" "}Bağlı Telegram grubuna da gidecek.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Akıllı telefonu yok, lütfen arayın: { $phone }.
    } Şimdi gönderilsin mi?
bc-send = Gönder
bc-add-version = Başka dil
bc-version-not-needed = Hazır mesaj zaten herkese kendi dilinde gider.
bc-ask-version-language = Hangi dil için ayrı bir metin yazmak istiyorsunuz?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Mesajı şu dilde yazın: { $language }.
bc-cancelled = Tamam, hiçbir şey gönderilmedi.
bc-nobody = Henüz bu mesajın gönderileceği kimse yok.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 { $count ->
        [one] 1 üyeye
       *[other] { $count } üyeye
    } gönderildi. Cevapları buraya, size gelecek.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] Bu üyenin
       *[other] Bu üyelerin
    } akıllı telefonu yok. Mesajı iletmek için lütfen arayın:
    { $lines }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
#   $text (string) - the message
broadcast-message = 📣 { $group } · { $name }:
    { $text }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
broadcast-media = 📣 { $group } · { $name }
# Variables:
#   $group (string) - the group's name
#   $code (string) - the one-time code
#   $linked (string) - yes when a chat is linked already
link-howto = 🔗 { $group } için bir Telegram grubu: sadece katılmak isteyen üyeler için, çünkü orada birbirlerinin adlarını ve hesaplarını görürler.
    1. Bir Telegram grubu kurun ve beni gruba ekleyin.
    2. Oraya şunu gönderin: /link { $code }
    Kod bir kez ve bir gün boyunca çalışır. Duyurular o gruba da gider; orada kimin neyi seçtiğini kimse görmez. Ben o gruba asla kimseyi eklemem.{ $linked ->
        [yes] {" "}Şu anda bağlı bir grup var: yeni bağlantı onun yerini alır.
       *[other] {""}
    }
link-unlink = Bağlantıyı kaldır
link-none = Bağlı bir Telegram grubu yok.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ Telegram grubu artık { $group } grubuna bağlı değil.
# Variables:
#   $group (string) - the group's name
chat-unlinked = Bu sohbet artık { $group } grubuna bağlı değil. Duyurular bundan sonra sadece özel sohbetlere gelir.
chat-link-bad-code = Bu kod çalışmıyor. Menünüzden (Telegram grubu) yeni bir kod isteyin ve buraya /link ile birlikte gönderin.
chat-link-leaders-only = Bu sohbeti sadece bir grup sorumlusu bağlayabilir ya da bağlantısını kaldırabilir.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = Bu sohbet zaten { $other } grubuna bağlı. Önce /unlink gönderin.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ Bu sohbet artık { $group } grubuna bağlı. Duyurular burada da görünecek. Diğer her şey benimle özel sohbette kalır.
chat-not-linked = Bu sohbet bir gruba bağlı değil.
chat-what-i-do = Burada sadece duyuru paylaşırım. Başka her şey için bana özel sohbetten yazın.
chat-vote = 🗳 Birlikte ne yapalım? Kimin neyi seçtiğini kimse görmez. Oyunuz, benimle özel sohbetinizde cevap verdiğinizde sayılır.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names }: { $language } { $count ->
        [one] okuyor
       *[other] okuyorlar
    }. Metniniz yazdığınız gibi gider. Bir sürüm eklemek için { $language } düğmesine dokunun.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names }: mesajları sesli de { $count ->
        [one] alıyor
       *[other] alıyorlar
    }, ama kendi yazdığınız sözler sesli okunmaz. Hazır bir mesaj okunur; kaydettiğiniz sesli mesaj da gider.

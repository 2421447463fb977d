for-group = 👥 { $group }
group-no-leader = ⚠️ { $group } grubunun şu an sorumlusu yok. Bir sorumlu olana kadar sorumluya gidecek mesajlar size gelir, üstünde grubun adı yazar.
group-make-leader = Sorumlu seç
group-invite-leader = Sorumlu davet et
leader-pick = { $group } grubunun sorumlusu kim olacak?
leader-pick-nobody = { $group } grubunda henüz akıllı telefonu olan üye yok. Bunun yerine yeni bir sorumlu davet edin.
invite-created-leader = { $group } grubunun yeni sorumlusu için kod: { $code }
    Yeni sorumluya gönderin. { $expires } tarihine kadar, bir kişi için geçerlidir.
leader-welcome = ⭐ Hoş geldiniz! Artık { $group } grubunun sorumlusunuz.
    • Üyelerinizin mesajları buraya gelir: cevap için ↩ Cevapla'ya dokunun.
    • Üyeler, buluşmalar, istekler ve gruba mesaj için "menü" gönderin.
    • 🗒 Bir görev (birini aramak) düğmelerle gelir: nasıl geçtiğine dokunun.
task-escalated = 🆘 Koordinatöre iletildi. Teşekkür ederiz.
task-help-needed = 🆘 { $leader }, { $name } için yardım istiyor ({ $group }). { $reason ->
        [unwell] { $name } iyi değil.
        [no-answer] { $name } bir buluşmayı kaçırdıktan sonra cevap vermedi.
        [missed] { $name } kişisinin akıllı telefonu yok ve bir buluşmayı kaçırdı.
       *[call-me] { $name } aranmak istedi.
    } Lütfen { $leader } ile iletişime geçin. Nasıl geçti?
call-nobody = Grubunuzun şu an sorumlusu yok. İsteğiniz kaydedildi: yeni sorumlu onu görecek.
member-stopped = 🔕 { $name } dur dedi, artık samen'den mesaj almıyor. Nedenini öğrenmek isterseniz { $name } kişisini arayın.
member-resumed = 🔔 { $name } yeniden mesaj alıyor.
call-these = 📞 Bunu iletmek için { $count ->
        [one] bu üyeyi
       *[other] bu üyeleri
    } arayın (📵 akıllı telefonu yok, ⏳ WhatsApp, kendileri yazana kadar mesajları bekletiyor):
    { $lines }
grp-new = Yeni grup
grp-ask-name = ➕ Yeni bir grup. Adı ne? Örneğin: Koffie Oost.
grp-name-taken = { $group } adında bir grup zaten var. Lütfen başka bir ad seçin.
grp-ask-language = { $group } üyeleri birbirleriyle en çok hangi dilde konuşuyor?
grp-ask-city = Grup hangi şehirde ya da mahallede buluşuyor? Ya da Atla'ya dokunun.
grp-ask-region = Okul tatilleri için: grup hangi bölgede?
grp-region-noord = Kuzey
grp-region-midden = Orta
grp-region-zuid = Güney
grp-created = ✅ { $group } grubu hazır. Şimdi sorumlusunu davet edin: bir kişilik bir kod alacak.
grp-open-menu = Grup menüsü
grp-skip = Atla

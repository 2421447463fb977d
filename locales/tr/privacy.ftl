# Dur, başla, beni unut, bilgilerim.

stop-confirmed = 🔕 Artık mesaj almayacaksınız. Tekrar almak için "başla" gönderin.
start-resumed = 🔔 Tekrar hoş geldiniz! Yeniden mesaj alacaksınız.
start-already = Zaten mesaj alıyorsunuz. Neler yapabileceğinizi görmek için "yardım" gönderin.
forget-confirm = Bütün bilgilerinizi silmemizi istiyor musunuz? O zaman grubunuzdan ayrılırsınız. Bu işlem geri alınamaz.
forget-yes = Evet, silin
forget-no = Hayır, kalsın
forget-kept = Tamam, hiçbir şey silinmedi.
forget-done = Bilgileriniz silindi. Hoşça kalın, size her şeyin en iyisini dileriz! Yeni bir kodla tekrar katılabilirsiniz.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } gruptan ayrıldı ve bilgilerinin silinmesini istedi.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Sizinle ilgili kayıtlı bilgiler:
    Ad: { $name }
    Dil: { $language }
    Grup: { $groups }
    { $call ->
        [yes] Grup sorumlunuz sizi arayabilir.
       *[no] Grup sorumlunuz sizi aramayacak.
    }
    { $stopped ->
        [yes] Mesajlar durduruldu.
       *[no] Mesaj alıyorsunuz.
    }
    Bir de sorularımıza verdiğiniz cevaplar. Her şeyi silmek için "beni unut" gönderin.
stop-button = Mesajları durdur
forget-button = Bilgilerimi sil
stop-confirm = samen'den gelen tüm mesajları durdurmak istiyor musunuz?
stop-keep = Hayır, devam etsin
stop-kept = Tamam, hiçbir şey değişmedi.

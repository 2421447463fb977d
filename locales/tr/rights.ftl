# Reddetmeler, bir üyeyi duraklatmak, aynı anda çok mesaj, bilgi dosyası.

not-allowed = Üzgünüm, bu sizin için mümkün değil. Neler yapabileceğinizi görmek için "yardım" gönderin.
paused-not-passed-on = Mesajlarınız şu an iletilmiyor. Lütfen bir sonraki buluşmada grup sorumlunuzla konuşun.
too-fast = Aynı anda çok mesaj gönderiyorsunuz. Lütfen bir dakika bekleyin; son mesajlarınız iletilmedi.
mydata-file = 📎 Bütün bilgileriniz bir dosyada.
mm-pause = Mesajlara ara ver
mm-unpause = Mesajları ilet
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ { $name } adlı üyenin mesajları artık size iletilmeyecek. Hatırlatmaları almaya devam edecek.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ { $name } adlı üyenin mesajları yeniden iletiliyor.
# Variables:
#   $group (string) - the group's name
mm-paused-you = { $group } grubunun sorumlusu mesajlarınızı şimdilik durdurdu. Hatırlatmaları almaya devam edeceksiniz.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = { $group } grubunun sorumlusuna gönderdiğiniz mesajlar yeniden iletiliyor.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = Sesli de
mm-voice-off = Sadece yazı
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } artık mesajları sesli olarak da alıyor.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } artık mesajları sadece yazı olarak alıyor.

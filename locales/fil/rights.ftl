# Mga pagtanggi, paghinto sa mga mensahe ng isang miyembro, ang limitasyon sa dami ng mensahe, ang file ng datos.

not-allowed = Paumanhin po, hindi ninyo ito magagawa. Ipadala ang "tulong" para makita kung ano ang magagawa ninyo.
paused-not-passed-on = Hindi muna naipapasa ang inyong mga mensahe. Pakikausap po ang inyong lider ng grupo sa susunod na pagkikita.
too-fast = Marami po kayong mensaheng ipinapadala nang sabay-sabay. Maghintay po ng isang minuto; hindi naipasa ang mga huli.
mydata-file = 📎 Lahat ng inyong impormasyon sa isang file.
mm-pause = Ihinto muna
mm-unpause = Ituloy ulit
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ Hindi na ipapasa sa inyo ang mga mensahe mula kay { $name }. Makakatanggap pa rin siya ng mga paalala.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ Ipinapasa na po ulit ang mga mensahe mula kay { $name }.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Inihinto muna ng lider ng { $group } ang pagpasa ng inyong mga mensahe. Makakatanggap pa rin po kayo ng mga paalala.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Ipinapasa na po ulit ang inyong mga mensahe sa lider ng { $group }.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = May boses din
mm-voice-off = Text lang
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 Matatanggap na rin ni { $name } ang mga mensahe bilang voice message.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 Text lang ang matatanggap ni { $name } ngayon.

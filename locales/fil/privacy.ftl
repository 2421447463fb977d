# Tigil, simula, kalimutan ako, aking datos.

stop-confirmed = 🔕 Hindi na po kayo makakatanggap ng mga mensahe. Ipadala ang "simula" para makatanggap ulit.
start-resumed = 🔔 Maligayang pagbabalik po! Makakatanggap na ulit kayo ng mga mensahe.
start-already = Nakakatanggap na po kayo ng mga mensahe. Ipadala ang "tulong" para makita kung ano ang magagawa ninyo.
forget-confirm = Gusto po ba ninyong burahin namin ang lahat ng inyong impormasyon? Aalis kayo sa inyong grupo. Hindi na ito maibabalik.
forget-yes = Opo, burahin
forget-no = Huwag burahin
forget-kept = Sige po, walang binura.
forget-done = Nabura na po ang inyong impormasyon. Paalam po, at ingat palagi! Maaari kayong sumali ulit gamit ang bagong code.
# Variables:
#   $name (string) - the member's display name
member-forgotten = Umalis si { $name } sa grupo at humiling na burahin ang kanyang impormasyon.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Ito po ang naka-save sa amin tungkol sa inyo:
    Pangalan: { $name }
    Wika: { $language }
    Grupo: { $groups }
    { $call ->
        [yes] Puwede kayong tawagan ng inyong lider ng grupo.
       *[no] Hindi kayo tatawagan ng inyong lider ng grupo.
    }
    { $stopped ->
        [yes] Nakahinto ang mga mensahe.
       *[no] Nakakatanggap kayo ng mga mensahe.
    }
    At ang inyong mga sagot sa aming mga tanong. Ipadala ang "kalimutan ako" para burahin ang lahat.
stop-button = Wala nang mensahe
forget-button = Burahin ang datos
stop-confirm = Gusto po ba ninyong itigil ang lahat ng mensahe mula sa samen?
stop-keep = Hindi, ituloy
stop-kept = Sige po, walang magbabago.

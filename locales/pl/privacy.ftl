# Stop, start, zapomnij o mnie, moje dane.

stop-confirmed = 🔕 Wiadomości nie będą już przychodzić. Aby znów je dostawać, proszę wysłać „start”.
start-resumed = 🔔 Witamy z powrotem! Wiadomości znów będą przychodzić.
start-already = Wiadomości już przychodzą. Proszę wysłać „pomoc”, aby zobaczyć, co można zrobić.
forget-confirm = Czy mamy usunąć wszystkie Pana/Pani dane? To oznacza odejście z grupy. Tego nie da się cofnąć.
forget-yes = Tak, usuń
forget-no = Nie, zachowaj
forget-kept = Dobrze, nic nie zostało usunięte.
forget-done = Dane zostały usunięte. Do widzenia i wszystkiego dobrego! Można znów dołączyć z nowym kodem.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } nie jest już w grupie. Dane tej osoby zostały usunięte na jej prośbę.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Oto, co o Panu/Pani zapisaliśmy:
    Imię: { $name }
    Język: { $language }
    Grupa: { $groups }
    { $call ->
        [yes] Opiekun grupy może do Pana/Pani dzwonić.
       *[no] Opiekun grupy nie będzie dzwonić.
    }
    { $stopped ->
        [yes] Wiadomości są wyłączone.
       *[no] Wiadomości przychodzą.
    }
    Zapisujemy też odpowiedzi na nasze pytania. Aby wszystko usunąć, proszę wysłać „zapomnij o mnie”.
stop-button = Wyłącz wiadomości
forget-button = Usuń moje dane
stop-confirm = Czy chcesz wyłączyć wszystkie wiadomości od samen?
stop-keep = Nie, zostaw
stop-kept = Dobrze, nic się nie zmienia.

# Para, kuminsá, lubidá mi, mi datonan.

stop-confirmed = 🔕 Bo no ta haña mensahe mas. Manda "kuminsá" pa haña nan atrobe.
start-resumed = 🔔 Bon bini atrobe! Bo ta haña mensahe atrobe.
start-already = Bo ta haña mensahe kaba. Manda "yudansa" pa mira loke bo por hasi.
forget-confirm = Bo ke pa nos kita tur bo datonan? Bo lo sali for di bo grupo. Despues no por bolbe atras.
forget-yes = Sí, kita tur
forget-no = No, warda
forget-kept = Ta bon, nos no a kita nada.
forget-done = Nos a kita bo datonan. Ayó, i tur kos bon! Bo por drenta atrobe ku un kódigo nobo.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } a sali for di e grupo i a pidi pa kita su datonan.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Esaki nos ta warda di bo:
    Nòmber: { $name }
    Idioma: { $language }
    Grupo: { $groups }
    { $call ->
        [yes] Bo guia di grupo por yama bo.
       *[no] Bo guia di grupo lo no yama bo.
    }
    { $stopped ->
        [yes] Bo no ta haña mensahe.
       *[no] Bo ta haña mensahe.
    }
    I bo kontestanan na nos preguntanan. Manda "lubidá mi" pa kita tur kos.
stop-button = Stop mensahe
forget-button = Kita mi datonan
stop-confirm = Bo ke stop tur mensahe di samen?
stop-keep = No, sigui manda
stop-kept = Ta bon, nada no ta cambia.

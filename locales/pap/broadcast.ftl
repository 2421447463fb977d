# Mensahenan di e guia di grupo pa e grupo, mensahenan kla, un grupo di Telegram konektá.

menu-broadcast = Mensahe pa tur
menu-link-chat = Grupo di Telegram
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 Un mensahe pa { $group }. Ken mester hañ'é?
bc-everyone = Tur hende
bc-coming = Esnan ku ta bini
# Variables:
#   $group (string) - the group's name
bc-ask-content = Skirbi bo mensahe, òf manda un potrèt òf un mensahe di bos. Òf skohe un mensahe kla: tur hende ta hañ'é den nan mes idioma.
bc-ready-cancelled-label = No tin reunion
bc-ready-place-label = Lugá nobo
bc-ready-bring-label = Trese algu
bc-ready-ramadan-label = Ramadan
bc-ready-eid-label = Eid Mubarak
bc-ready-christmas-label = Pasku
bc-ready-newyear-label = Aña Nobo
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Divali
bc-ready-summer-label = Pousa di verano
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: riba { $date } no tin reunion. Nos lo laga bo sa ki dia e siguiente reunion ta. Kuida bo!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: e reunion di { $date } ta na otro lugá. { $place ->
        [none] Bo guia di grupo lo bisa bo unda.
       *[other] Nos ta topa na: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: pa e reunion di { $date }, por fabor trese algu pa parti: un kuminda, un potrèt òf un storia di bo tera. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 { $group } ta deseá tur hende ku ta yuna un luna bendishoná. Ramadan Mubarak!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Eid Mubarak! { $group } ta deseá bo i bo famia un Eid felis.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 { $group } ta deseá bo un Bon Pasku i dianan bunita huntu ku hende ku bo ta stima.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 Felis Aña Nobo di { $group }! Nos ta spera di mira bo atrobe pronto.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: awe nos ta kòrda e fin di sklabitut i nos ta selebrá libertat. { $group } ta deseá bo un dia ku hopi nifikashon.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Felis Divali! { $group } ta deseá bo lus, alegria i bon salú.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ { $group } ta hasi pousa di verano. Pasa un bon verano! Nos lo laga bo sa ki dia nos ta topa atrobe.
bc-needs-meeting = No tin siguiente reunion planifiká, p'esei no por usa e mensahe aki awor. Skirbi bo mes mensahe.
bc-preview-title = 👀 Esaki ta loke nan lo haña:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = E ta bai pa { $count ->
        [one] 1 miembro
       *[other] { $count } miembro
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Vershon propio na: { $versions }.
    }{ $chat ->
        [yes] {" "}Tambe pa e grupo di Telegram konektá.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Sin smartphone, por fabor yama: { $phone }.
    } Bo ke manda e awor?
bc-send = Manda
bc-add-version = Otro idioma
bc-version-not-needed = Un mensahe kla ta bai kaba pa tur hende den nan mes idioma.
bc-ask-version-language = Pa kua idioma bo ke skirbi un vershon propio?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Skirbi e mensahe na { $language }.
bc-cancelled = Ta bon, nos no a manda nada.
bc-nobody = No tin ningun hende ainda pa manda esaki.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Mandá pa { $count ->
        [one] 1 miembro
       *[other] { $count } miembro
    }. Nan kontestanan ta yega serka bo aki.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] E miembro aki no tin
       *[other] E miembronan aki no tin
    } smartphone. Por fabor, yama pa pasa e mensahe:
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
link-howto = 🔗 Un grupo di Telegram pa { $group }: solamente pa miembronan ku ke drenta, pasobra einan nan ta mira otro su nòmber i kuenta.
    1. Traha un grupo di Telegram i agregá mi na dje.
    2. Manda esaki einan: /link { $code }
    E kódigo ta traha un biaha, pa un dia. Despues anunsionan ta bai pa e grupo ei tambe; votashonnan einan ta anónimo. Mi nunka ta agregá ningun hende na dje.{ $linked ->
        [yes] {" "}Tin un grupo konektá awor: un konekshon nobo ta tuma su lugá.
       *[other] {""}
    }
link-unlink = Deskonektá chat
link-none = No tin grupo di Telegram konektá.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ E grupo di Telegram no ta konektá ku { $group } mas.
# Variables:
#   $group (string) - the group's name
chat-unlinked = E chat aki no ta konektá ku { $group } mas. Anunsionan ta bini solamente den chat privá.
chat-link-bad-code = E kódigo aki no ta traha. Pidi un kódigo nobo den bo menu (Grupo di Telegram) i manda /link ku e kódigo nobo aki.
chat-link-leaders-only = Solamente un guia di grupo por konektá òf deskonektá e chat aki.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = E chat aki ta konektá kaba ku { $other }. Manda /unlink promé.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ E chat aki ta konektá ku { $group } awor. Anunsionan ta aparesé aki tambe. Tur otro kos ta keda den chat privá ku mi.
chat-not-linked = E chat aki no ta konektá ku ningun grupo.
chat-what-i-do = Mi ta pone solamente anunsio aki. Pa tur otro kos, skirbi mi den un chat privá.
chat-vote = 🗳 Kiko nos ta bai hasi huntu? E votashon aki ta anónimo. Bo voto ta konta ora bo kontestá den bo chat privá ku mi.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names } { $count ->
        [one] ta lesa
       *[other] ta lesa
    } { $language }: bo teksto ta yega manera bo a skirbi'é. Primi { $language } pa agregá un version.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names } ta haña e mensahenan tambe ku bos, pero bo mes palabranan no ta wòrdu lesá na bos haltu. Un mensahe kla sí{ $count ->
        [one] {""}
       *[other] {""}
    }, i tambe un mensahe di bos ku bo graba.

# Berichten van de groepsbegeleider aan de groep, kant-en-klare berichten, een gekoppelde Telegram-groep.

menu-broadcast = Bericht aan allen
menu-link-chat = Telegram-groep
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 Een bericht aan { $group }. Wie moet het krijgen?
bc-everyone = Iedereen
bc-coming = Wie komt
# Variables:
#   $group (string) - the group's name
bc-ask-content = Typ uw bericht, of stuur een foto of een spraakbericht. Of kies een kant-en-klaar bericht: iedereen krijgt het in de eigen taal.
bc-ready-cancelled-label = Gaat niet door
bc-ready-place-label = Nieuwe plek
bc-ready-bring-label = Iets meenemen
bc-ready-ramadan-label = Ramadan
bc-ready-eid-label = Eid Mubarak
bc-ready-christmas-label = Kerst
bc-ready-newyear-label = Nieuwjaar
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Divali
bc-ready-summer-label = Zomerstop
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: de bijeenkomst van { $date } gaat niet door. We laten u weten wanneer de volgende is. Pas goed op uzelf!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: de bijeenkomst van { $date } is op een andere plek. { $place ->
        [none] Uw groepsbegeleider vertelt u waar.
       *[other] We komen samen in: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: neem voor de bijeenkomst van { $date } iets mee om te delen: een gerecht, een foto of een verhaal van thuis. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 { $group } wenst iedereen die vast een gezegende maand. Ramadan Mubarak!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Eid Mubarak! { $group } wenst u en uw familie fijne feestdagen.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 { $group } wenst u fijne kerstdagen, samen met de mensen die u lief zijn.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 Gelukkig nieuwjaar van { $group }! We zien u graag weer.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: vandaag herdenken we het einde van de slavernij en vieren we de vrijheid. { $group } wenst u een waardevolle dag.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Fijne Divali! { $group } wenst u licht, vreugde en een goede gezondheid.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ { $group } heeft zomerstop. Een fijne zomer! We laten u weten wanneer we weer samenkomen.
bc-needs-meeting = Er is geen volgende bijeenkomst gepland, dus dit bericht kan nu niet. Typ liever zelf een bericht.
bc-preview-title = 👀 Dit krijgen ze:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = Het gaat naar { $count ->
        [one] 1 deelnemer
       *[other] { $count } deelnemers
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Eigen versie in: { $versions }.
    }{ $chat ->
        [yes] {" "}Ook naar de gekoppelde Telegram-groep.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Geen smartphone, graag bellen: { $phone }.
    } Nu versturen?
bc-send = Versturen
bc-add-version = Andere taal
bc-version-not-needed = Een kant-en-klaar bericht gaat al naar iedereen in de eigen taal.
bc-ask-version-language = Voor welke taal wilt u een eigen versie schrijven?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Typ het bericht in deze taal: { $language }.
bc-cancelled = Goed, er is niets verstuurd.
bc-nobody = Er is nog niemand om dit naar te sturen.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Verstuurd naar { $count ->
        [one] 1 deelnemer
       *[other] { $count } deelnemers
    }. De antwoorden komen hier bij u.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] Deze deelnemer heeft
       *[other] Deze deelnemers hebben
    } geen smartphone. Wilt u bellen om het bericht door te geven?
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
link-howto = 🔗 Een Telegram-groep voor { $group }: alleen voor deelnemers die dat zelf willen, want daar zien ze elkaars namen en accounts.
    1. Maak een Telegram-groep en voeg mij toe.
    2. Stuur daar: /link { $code }
    De code werkt één keer, één dag lang. Aankondigingen gaan dan ook naar die groep; peilingen daar zijn anoniem. Ik voeg nooit iemand toe.{ $linked ->
        [yes] {" "}Er is nu al een groep gekoppeld: een nieuwe koppeling vervangt die.
       *[other] {""}
    }
link-unlink = Ontkoppelen
link-none = Er is geen Telegram-groep gekoppeld.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ De Telegram-groep is niet meer gekoppeld aan { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = Deze chat is niet meer gekoppeld aan { $group }. Aankondigingen komen alleen nog in privéchats.
chat-link-bad-code = Deze code werkt niet. Vraag een nieuwe code in uw menu (Telegram-groep) en stuur hier /link met die code.
chat-link-leaders-only = Alleen een groepsbegeleider kan deze chat koppelen of ontkoppelen.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = Deze chat is al gekoppeld aan { $other }. Stuur eerst /unlink.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ Deze chat is nu gekoppeld aan { $group }. Aankondigingen verschijnen ook hier. Al het andere blijft in privéchats met mij.
chat-not-linked = Deze chat is niet aan een groep gekoppeld.
chat-what-i-do = Hier zet ik alleen nieuws van de groep. Wilt u iets vragen? Stuur mij dan een eigen bericht.
chat-vote = 🗳 Wat gaan we samen doen? Niemand ziet wat u kiest. Let op: uw stem telt alleen in uw eigen gesprek met mij.
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
        [one] leest
       *[other] lezen
    } { $language }: uw tekst komt aan zoals u hem schreef. Tik op { $language } om een versie toe te voegen.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names } { $count ->
        [one] krijgt
       *[other] krijgen
    } berichten ook voorgelezen, maar uw eigen woorden worden niet voorgelezen. Een kant-en-klaar bericht wel, en een spraakbericht dat u inspreekt ook.

# Drenta: kódigo di invitashon, pèrmit, idioma, yamadanan, bon bini.

stranger-how-to-join = Halo! Esaki ta e bot di bo grupo. Manda e kódigo ku bo guia di grupo a duna bo.
invite-unknown = Mi no konosé e kódigo aki. Por fabor, wak e kódigo bon, òf pidi bo guia di grupo un kódigo nobo.
invite-expired = E kódigo aki ta muchu bieu. Por fabor, pidi bo guia di grupo un kódigo nobo.
invite-used-up = E kódigo aki no ta bal mas. Por fabor, pidi bo guia di grupo un kódigo nobo.
# Variables:
#   $group (string) - the group's name
invite-already-member = Bo ta den { $group } kaba.
# Variables:
#   $group (string) - the group's name
consent-question = Bon bini na { $group }! 🌷 Nos ta manda bo e dia i ora di reunion, i ta warda bo nòmber i kontestanan; bo ta di akuerdo?
consent-yes = Mi ta di akuerdo
consent-no = No, danki
language-other = Otro idioma
consent-already = Bo a kontestá kaba. Masha danki!
consent-declined = Ta bon. Nos no a warda nada. Bo por drenta despues ku e mesun kódigo.
language-question = Ki idioma bo ke?
# Variables:
#   $language (string) - the language's own name
language-changed = Kla. Lo mi skirbi bo na { $language }.
call-question = Bo guia di grupo por yama bo?
call-yes = Sí, yama mi
call-no = No yama mi
call-saved-yes = Ta bon: bo guia di grupo por yama bo.
call-saved-no = Ta bon: bo guia di grupo lo no yama bo.
# Variables:
#   $group (string) - the group's name
welcome-participant = Awor bo ta den { $group }. 🌷 Promé ku kada reunion bo ta haña un mensahe. Bo por skirbi aki òf manda un mensahe di bos; bo guia di grupo ta hañ'é. Loke nos papia den grupo, ta keda den grupo.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Bon bini, guia di grupo di { $group }! Mensahenan di bo miembronan ta yega aki. Manda "menu" pa mira kiko bo por hasi.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name } a drenta { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names } a drenta { $group }.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] un otro hende
   *[other] { $count } otro hende
}
call-share-number = Primi riba e boton aki bou pa duna bo guia di grupo bo number di telefòn.
call-share-button = Manda mi number
call-number-saved = Masha danki. Awor bo guia di grupo por yama bo.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Mi manda mi mensahenan tambe komo mensahe di bos?
voice-yes = Si, tambe ku bos
voice-no = No, djis teksto
voice-on = 🔊 For di awor bo ta haña mi mensahenan tambe komo mensahe di bos.
voice-off = 📝 For di awor bo ta haña mi mensahenan solamente komo teksto.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Despensá, mi no por papia { $language } ainda. Bo ta haña mi mensahenan komo teksto.

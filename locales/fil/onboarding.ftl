# Pagsali: mga code ng imbitasyon, pahintulot, wika, tawag, pagbati.

stranger-how-to-join = Magandang araw po! Ito ang samen bot ng inyong grupo. Para sumali, ipadala ang code na ibinigay sa inyo ng inyong lider ng grupo.
invite-unknown = Hindi ko po makilala ang code na ito. Pakitingnan po ulit, o humingi ng bagong code sa inyong lider ng grupo.
invite-expired = Luma na po ang code na ito. Humingi po ng bagong code sa inyong lider ng grupo.
invite-used-up = Masyado na pong maraming beses nagamit ang code na ito. Humingi po ng bagong code sa inyong lider ng grupo.
# Variables:
#   $group (string) - the group's name
invite-already-member = Kasali na po kayo sa { $group }.
# Variables:
#   $group (string) - the group's name
consent-question = Maligayang pagdating po sa { $group }! Puwede po ba kaming magpadala rito ng balita ng grupo, at i-save ang inyong pangalan, wika at mga sagot?
consent-yes = Pumapayag po ako
consent-no = Hindi, salamat
language-other = Ibang wika
consent-already = Nakasagot na po kayo. Salamat po!
consent-declined = Sige po. Wala kaming na-save. Maaari kayong sumali sa ibang araw gamit ang parehong code.
language-question = Anong wika po ang gusto ninyo?
# Variables:
#   $language (string) - the language's own name
language-changed = Ayos na po. Susulatan ko kayo sa { $language }.
call-question = Puwede po ba kayong tawagan ng inyong lider ng grupo?
call-yes = Opo, tawagan ako
call-no = Huwag tumawag
call-saved-yes = Naitala po: puwede kayong tawagan ng inyong lider ng grupo.
call-saved-no = Naitala po: hindi kayo tatawagan ng inyong lider ng grupo.
# Variables:
#   $group (string) - the group's name
welcome-participant = Kasali na po kayo sa { $group }. 🌷 Makakatanggap kayo ng mensahe bago ang bawat pagkikita. Puwede kayong magpadala rito ng mensahe o voice message: matatanggap ito ng inyong lider ng grupo. Ang pinag-uusapan sa grupo ay sa grupo lang.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Maligayang pagdating, lider ng { $group }! Dito dumarating ang mga mensahe ng inyong mga miyembro. Ipadala ang "menu" para sa inyong mga gamit.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 Sumali si { $name } sa { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 Sumali sina { $names } sa { $group }.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [1] isa pang iba
   *[other] { $count } pang iba
}
call-share-number = Pindutin po ang button sa ibaba para maibigay ang inyong numero ng telepono sa inyong lider ng grupo.
call-share-button = Ibigay ang numero
call-number-saved = Salamat po. Puwede na kayong tawagan ng inyong lider ng grupo.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Ipapadala ko rin po ba ang mga mensahe ko bilang voice message?
voice-yes = Oo, pati boses
voice-no = Hindi, text lang
voice-on = 🔊 Mula ngayon, matatanggap n'yo rin po ang mga mensahe ko bilang voice message.
voice-off = 📝 Mula ngayon, text lang po ang mga mensahe ko.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Pasensya na po, hindi pa ako marunong magsalita ng { $language }. Text po ang mga mensahe ko.

# Sama-samang pagpili: ang pagtatanong ng mga hiling, ang pinili ng lider ng grupo, ang botohan, ang resulta.

activity-walk = Paglalakad
activity-cooking = Luto at kainan
activity-museum = Bisita sa museo
activity-trip = Pamamasyal
activity-health = Kalusugan
activity-massage = Masahe sa kamay
activity-knitting = Pagniniting
activity-painting = Pagpipinta
activity-clay = Gawaing luwad
activity-flowers = Ayos-bulaklak
activity-singing = Pagkanta
activity-dancing = Pagsayaw
activity-quiz = Quiz
activity-feast = Pagdiriwang
activity-sports = Isports sa loob
activity-crafts = Pulseras
menu-wishes = Mga hiling
menu-vote = Botohan
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 Nagsimula na po ang pagtatanong ng mga hiling: { $count ->
        [1] isang miyembro ang tinanong.
        [one] { $count } miyembro ang tinanong.
       *[other] { $count } miyembro ang tinanong.
    }
wish-q-happy = 💡 Ano po ang nagpapasaya sa inyo? Pindutin ang isang button, sumulat ng ilang salita, o magpadala ng voice message.
wish-q-before = 💡 Ano po ang gustong-gusto ninyong gawin noon? Pindutin muli ang listahan sa itaas o isang button sa ibaba, sumulat ng ilang salita, o magpadala ng voice message.
wish-q-together = 💡 Ano po ang gusto ninyong gawin kasama ang grupo? Pindutin muli ang listahan sa itaas o isang button sa ibaba, sumulat ng ilang salita, o magpadala ng voice message.
wish-dont-know = Hindi ko pa alam
wish-thanks = 🌷 Salamat po! Pagsasama-samahin ng inyong lider ng grupo ang mga ideya.
wish-reminder = 💡 Gustong marinig ng inyong grupo ang inyong mga ideya. Puwede pa po kayong sumagot.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Hiling ni { $name } (voice message)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 Ang mga hiling sa ngayon ({ $count } ang sumagot):
    { $lines }
    Pindutin ang mga aktibidad para sa botohan (2 hanggang 10), sumulat ng sariling pagpipilian, pagkatapos ay pindutin ang "Simulan ang boto".
wish-vote-start = Simulan ang boto
wish-season = Para sa season
wish-need-options = Pumili po ng hindi bababa sa dalawa (hanggang sampu lang).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ Nakatakda na po ang mga aktibidad para sa { $count ->
        [1] susunod na pagkikita.
        [one] susunod na { $count } pagkikita.
       *[other] susunod na { $count } pagkikita.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 Nagsimula na po ang botohan: { $count ->
        [1] isang miyembro ang tinanong.
        [one] { $count } miyembro ang tinanong.
       *[other] { $count } miyembro ang tinanong.
    }
vote-question = 🗳 Ano po ang gagawin natin nang sama-sama? Pumili po ng isa.
vote-reminder = 🗳 Malapit nang magsara ang botohan. Ano po ang gusto ninyong gawin?
vote-saved = ✅ Salamat po sa inyong boto.
vote-retracted = Binawi na po ang inyong boto.
vote-closed = Sarado na po ang botohang ito.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 Ano po ang pinipili ni { $name }?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 Napili ng grupo: { $winner }
    { $lines }
vote-tie = 🗳 Tabla po ang boto. Alin po ang pipiliin ninyo?
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 Nakaplano ito para sa pagkikita sa { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Hiling ni { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Iba pa
wish-other-prompt = ✍️ Sumulat po ng ilang salita o magpadala ng voice message.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Hindi pa alam: { $count }
wish-for = 📵 Walang smartphone si { $name }. Tawagan at itanong kung ano ang nagpapasaya sa kanya, saka pindutin ang sagot:
wish-for-saved = ✅ Naitala para kay { $name }.

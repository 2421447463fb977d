# Wspólny wybór: runda pomysłów, wybór opiekuna grupy, głosowanie, wynik.

activity-walk = Krótki spacer
activity-cooking = Gotujemy razem
activity-museum = Wizyta w muzeum
activity-trip = Wycieczka
activity-health = O zdrowiu
activity-massage = Masaż dłoni
activity-knitting = Dzierganie
activity-painting = Malowanie
activity-clay = Prace z gliną
activity-flowers = Układamy kwiaty
activity-singing = Śpiew
activity-dancing = Taniec
activity-quiz = Quiz
activity-feast = Wspólne święto
activity-sports = Sport w sali
activity-crafts = Bransoletki
menu-wishes = Pomysły
menu-vote = Głosowanie
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 Zaczęła się runda pomysłów: { $count ->
        [one] zapytano jedną osobę.
        [few] zapytano { $count } osoby.
        [many] zapytano { $count } osób.
       *[other] zapytano { $count } osoby.
    }
wish-q-happy = 💡 Co sprawia Panu/Pani radość? Proszę nacisnąć przycisk, napisać kilka słów albo wysłać wiadomość głosową.
wish-q-before = 💡 Co dawniej sprawiało Panu/Pani przyjemność? Proszę nacisnąć ponownie na liście powyżej albo przycisk poniżej, napisać kilka słów albo wysłać wiadomość głosową.
wish-q-together = 💡 Co chce Pan/Pani robić razem z grupą? Proszę nacisnąć ponownie na liście powyżej albo przycisk poniżej, napisać kilka słów albo wysłać wiadomość głosową.
wish-dont-know = Jeszcze nie wiem
wish-thanks = 🌷 Dziękujemy! Opiekun grupy zbierze wszystkie pomysły.
wish-reminder = 💡 Grupa chętnie pozna Pana/Pani pomysły. Wciąż można odpowiedzieć.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Pomysł od: { $name } (wiadomość głosowa)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 Pomysły do tej pory (odpowiedzi: { $count }):
    { $lines }
    Proszę nacisnąć zajęcia do głosowania (od 2 do 10), wpisać własną propozycję, a potem nacisnąć „Start głosowania”.
wish-vote-start = Start głosowania
wish-season = Na cały sezon
wish-need-options = Proszę wybrać co najmniej dwie propozycje (najwyżej dziesięć).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ Zajęcia są zaplanowane na { $count ->
        [one] najbliższe spotkanie.
        [few] najbliższe { $count } spotkania.
        [many] najbliższe { $count } spotkań.
       *[other] najbliższe { $count } spotkania.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 Głosowanie się zaczęło: { $count ->
        [one] zapytano jedną osobę.
        [few] zapytano { $count } osoby.
        [many] zapytano { $count } osób.
       *[other] zapytano { $count } osoby.
    }
vote-question = 🗳 Co będziemy robić razem? Proszę wybrać jedną rzecz.
vote-reminder = 🗳 Głosowanie wkrótce się kończy. Na co ma Pan/Pani ochotę?
vote-saved = ✅ Dziękujemy za głos.
vote-retracted = Głos został wycofany.
vote-closed = To głosowanie jest już zamknięte.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 Co wybiera { $name }?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 Grupa wybrała: { $winner }
    { $lines }
vote-tie = 🗳 Jest remis. Co Pan/Pani wybiera?
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 Zaplanowane na spotkanie: { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Pomysł od: { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Coś innego
wish-other-prompt = ✍️ Proszę napisać kilka słów albo wysłać wiadomość głosową.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Jeszcze nie wie: { $count }
wish-for = 📵 { $name } nie ma smartfona. Proszę zadzwonić i zapytać, co sprawia tej osobie radość, a potem nacisnąć odpowiedź:
wish-for-saved = ✅ Zapisano dla: { $name }.

# Odmowy, wstrzymanie wiadomości uczestnika, za dużo wiadomości naraz, plik z danymi.

not-allowed = Przepraszamy, Pan/Pani nie może tego zrobić. Proszę wysłać „pomoc”, aby zobaczyć, co można zrobić.
paused-not-passed-on = Pana/Pani wiadomości nie są teraz przekazywane. Proszę porozmawiać o tym z opiekunem grupy na następnym spotkaniu.
too-fast = Wysyła Pan/Pani dużo wiadomości naraz. Proszę odczekać minutę; ostatnie wiadomości nie zostały przekazane.
mydata-file = 📎 Wszystkie Pana/Pani dane w jednym pliku.
mm-pause = Wstrzymaj
mm-unpause = Wznów
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ { $name }: wiadomości od tej osoby nie są już przekazywane do Pana/Pani. Przypomnienia nadal do niej przychodzą.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ { $name }: wiadomości od tej osoby są znów przekazywane.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Opiekun grupy { $group } na razie nie dostaje Pana/Pani wiadomości. Przypomnienia nadal będą przychodzić.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Pana/Pani wiadomości do opiekuna grupy { $group } są znów przekazywane.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = Także głosowo
mm-voice-off = Tylko tekst
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } dostaje teraz wiadomości także jako wiadomości głosowe.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } dostaje teraz wiadomości tylko jako tekst.

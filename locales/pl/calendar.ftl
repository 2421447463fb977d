# Kalendarz: nazwy świąt, postu i ferii oraz związane z nimi uwagi.

observance-public-holiday = święto państwowe
observance-school-holiday = ferie szkolne
observance-ramadan = ramadan
observance-eid-al-fitr = Id al-Fitr
observance-eid-al-adha = Id al-Adha
observance-christmas = Boże Narodzenie
observance-easter = Wielkanoc
observance-orthodox-christmas = prawosławne Boże Narodzenie
observance-orthodox-easter = prawosławna Wielkanoc
observance-keti-koti = Keti Koti
observance-divali = Diwali
observance-holi = Holi
observance-chinese-new-year = Chiński Nowy Rok
observance-all-saints = Wszystkich Świętych
observance-custom = własna data
observance-note-ramadan = 🌙 Trwa ramadan: spotykamy się jak zwykle, ale bez wspólnego posiłku.
observance-note-school-holiday = 🏫 Są ferie szkolne, ale spotykamy się jak zwykle.
observance-note-public-holiday = 🎉 Jest święto państwowe, ale spotykamy się jak zwykle.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }

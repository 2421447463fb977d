# Calendario: los nombres de fiestas, ayunos y vacaciones, y las notas que los acompañan.

observance-public-holiday = día festivo
observance-school-holiday = vacaciones escolares
observance-ramadan = Ramadán
observance-eid-al-fitr = Fiesta del Fin del Ramadán
observance-eid-al-adha = Fiesta del Cordero
observance-christmas = Navidad
observance-easter = Pascua de Resurrección
observance-orthodox-christmas = Navidad ortodoxa
observance-orthodox-easter = Pascua ortodoxa
observance-keti-koti = Keti Koti
observance-divali = Diwali
observance-holi = Holi
observance-chinese-new-year = Año Nuevo chino
observance-all-saints = Todos los Santos
observance-custom = fecha propia
observance-note-ramadan = 🌙 Es Ramadán: nos reunimos como siempre, pero sin comida compartida.
observance-note-school-holiday = 🏫 Son vacaciones escolares, pero nos reunimos como siempre.
observance-note-public-holiday = 🎉 Es día festivo, pero nos reunimos como siempre.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }

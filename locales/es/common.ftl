# Mensajes compartidos: responder con números, botones antiguos, errores.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Responda 1 para elegir.
    [many] Responda con un número del 1 al { $count }.
   *[other] Responda con un número del 1 al { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Por favor, elija un número del 1 al { $count }.
button-expired = Este botón ya no funciona. Envíe "ayuda" para ver lo que puede hacer.
cancel = Cancelar
empty-message = Me llegó un mensaje vacío. Escriba, envíe un mensaje de voz o toque un botón.
error-sorry = Lo sentimos, hubo un problema. Su mensaje está guardado. Inténtelo más tarde.
unknown-command = No conozco esa orden.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ Puede que un mensaje para { $name } no haya llegado. Por favor, pregúntele si lo recibió.
    [unreachable] ⚠️ El bot ya no puede contactar con { $name }. Por favor, llame a { $name }.
    [window] ⚠️ Los mensajes ya no le llegan a { $name }. Llámele por teléfono hasta que { $name } vuelva a escribir al bot.
   *[failed] ⚠️ No se pudo entregar un mensaje a { $name }. Por favor, llame a { $name }.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Entendido: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] las { $hour }
       *[other] las { $hour } y { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Responda con un toque o con un número.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $weekday } { $day } de { $month }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date } a las { $time }

# Mensajes del guía del grupo a todo el grupo, mensajes ya preparados, un grupo de Telegram vinculado.

menu-broadcast = Mensaje a todos
menu-link-chat = Grupo de Telegram
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 Un mensaje para { $group }. ¿Quién debe recibirlo?
bc-everyone = Todos
bc-coming = Quienes vienen
# Variables:
#   $group (string) - the group's name
bc-ask-content = Escriba su mensaje, o envíe una foto o un mensaje de voz. O elija un mensaje ya preparado: cada persona lo recibe en su propio idioma.
bc-ready-cancelled-label = Encuentro anulado
bc-ready-place-label = Nuevo lugar
bc-ready-bring-label = Traer algo
bc-ready-ramadan-label = Ramadán
bc-ready-eid-label = Eid Mubarak
bc-ready-christmas-label = Navidad
bc-ready-newyear-label = Año Nuevo
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Diwali
bc-ready-summer-label = Pausa de verano
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: el encuentro del { $date } no se celebrará. Le avisaremos del próximo. ¡Cuídese mucho!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: el encuentro del { $date } es en otro lugar. { $place ->
        [none] Su guía le dirá dónde.
       *[other] Nos vemos en: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: para el encuentro del { $date }, por favor traiga algo para compartir: un plato, una foto o una historia de su tierra. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 { $group } desea un mes bendito a todas las personas que ayunan. ¡Ramadán Mubarak!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 ¡Eid Mubarak! { $group } le desea a usted y a su familia un feliz Eid.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 { $group } le desea una feliz Navidad y días cálidos con sus seres queridos.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 ¡Feliz Año Nuevo de parte de { $group }! Tenemos muchas ganas de volver a verle.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: hoy recordamos el fin de la esclavitud y celebramos la libertad. { $group } le desea un día lleno de sentido.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 ¡Feliz Diwali! { $group } le desea luz, alegría y buena salud.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ { $group } hace una pausa de verano. ¡Que pase un buen verano! Le avisaremos cuando volvamos a vernos.
bc-needs-meeting = No hay ningún encuentro planeado, así que ahora no se puede usar este mensaje. Mejor escriba su propio mensaje.
bc-preview-title = 👀 Esto es lo que recibirán:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = Se envía a { $count ->
        [one] 1 participante
        [many] { $count } de participantes
       *[other] { $count } participantes
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Versión propia en: { $versions }.
    }{ $chat ->
        [yes] {" "}También al grupo de Telegram vinculado.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Sin smartphone, por favor llame a: { $phone }.
    } ¿Enviarlo ahora?
bc-send = Enviar
bc-add-version = Otro idioma
bc-version-not-needed = Los mensajes ya preparados llegan a cada persona en su propio idioma.
bc-ask-version-language = ¿En qué idioma quiere escribir una versión propia?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Escriba el mensaje en { $language }.
bc-cancelled = De acuerdo, no se envió nada.
bc-nobody = Todavía no hay nadie a quien enviar esto.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Enviado a { $count ->
        [one] 1 participante
        [many] { $count } de participantes
       *[other] { $count } participantes
    }. Sus respuestas le llegarán aquí.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] Este participante no tiene smartphone. Por favor, llámele y cuéntele el mensaje:
        [many] Estos participantes no tienen smartphone. Por favor, llámeles y cuénteles el mensaje:
       *[other] Estos participantes no tienen smartphone. Por favor, llámeles y cuénteles el mensaje:
    }
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
link-howto = 🔗 Un grupo de Telegram para { $group }: solo para los participantes que decidan unirse, porque allí se ven los nombres y las cuentas de los demás.
    1. Cree un grupo de Telegram y añádame a él.
    2. Envíe esto allí: /link { $code }
    El código funciona una sola vez, durante un día. Después, los avisos también llegan a ese grupo; allí las encuestas son anónimas. Yo nunca añado a nadie a ese grupo.{ $linked ->
        [yes] {" "}Ya hay un grupo vinculado: uno nuevo lo sustituye.
       *[other] {""}
    }
link-unlink = Desvincular chat
link-none = No hay ningún grupo de Telegram vinculado.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ El grupo de Telegram ya no está vinculado a { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = Este chat ya no está vinculado a { $group }. Los avisos llegan solo por chat privado.
chat-link-bad-code = Este código no funciona. Pida un código nuevo en su menú (Grupo de Telegram) y envíe aquí /link con ese código.
chat-link-leaders-only = Solo quien guía el grupo puede vincular o desvincular este chat.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = Este chat ya está vinculado a { $other }. Envíe primero /unlink.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ Este chat ya está vinculado a { $group }. Los avisos también aparecen aquí. Todo lo demás sigue en chats privados conmigo.
chat-not-linked = Este chat no está vinculado a ningún grupo.
chat-what-i-do = Aquí solo publico avisos. Para todo lo demás, escríbame en un chat privado.
chat-vote = 🗳 ¿Qué hacemos juntos? Esta encuesta es anónima. Su voto cuenta cuando responde en su chat privado conmigo.
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
        [one] lee
       *[other] leen
    } { $language }: su texto llega tal como lo escribió. Toque { $language } para añadir una versión.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names } { $count ->
        [one] recibe
       *[other] reciben
    } los mensajes también en voz, pero sus propias palabras no se leen en voz alta. Un mensaje preparado sí, y también un mensaje de voz que usted grabe.

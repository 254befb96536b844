<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="50"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop).</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="63"/>
        <source>Please write the due date like 2026-12-01, or leave it empty.</source>
        <translation>Escribe la fecha límite como 2026-12-01, o déjala vacía.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="71"/>
        <source>Please say what is to be done.</source>
        <translation>Escribe qué hay que hacer.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="73"/>
        <source>Please keep an action item under {limit} characters.</source>
        <translation>Una tarea debe tener menos de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="81"/>
        <source>That person is no longer on the roster. Please choose another owner.</source>
        <translation>Esa persona ya no está en la lista de personas. Elige otro responsable.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="99"/>
        <source>This action item was deleted meanwhile.</source>
        <translation>Esta tarea se eliminó mientras tanto.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="69"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="74"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="75"/>
        <source>Mark the chosen item done (Ctrl+Shift+D)</source>
        <translation>Marcar como hecha la tarea elegida (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="77"/>
        <source>Drop</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="78"/>
        <source>Drop the chosen item: it will not be done (Ctrl+Shift+X)</source>
        <translation>Anular la tarea elegida: no se hará (Ctrl+Mayús+X)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="80"/>
        <source>Reopen</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="81"/>
        <source>Open the chosen item again (Ctrl+Shift+O)</source>
        <translation>Abrir de nuevo la tarea elegida (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="83"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="84"/>
        <source>Change the chosen item (Ctrl+Shift+E)</source>
        <translation>Cambiar la tarea elegida (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="91"/>
        <source>What is to be done?</source>
        <translation>¿Qué hacer?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="92"/>
        <source>New action item</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="93"/>
        <location filename="../../engagedesk/ui/notes_panels.py" line="198"/>
        <source>no owner yet</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="95"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="98"/>
        <source>Nobody signed in is called “{name}”. Choose from the list, or leave it empty.</source>
        <translation>Nadie registrado se llama “{name}”. Elige de la lista o déjalo vacío.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="101"/>
        <source>like 2026-12-01</source>
        <translation>como 2026-12-01</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="102"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="105"/>
        <location filename="../../engagedesk/ui/notes_panels.py" line="293"/>
        <source>Add (Enter)</source>
        <translation>Añadir (Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="120"/>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="121"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="122"/>
        <source>Due:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="127"/>
        <source>Ctrl+Shift+ D done · X drop · O reopen · E edit</source>
        <translation>Ctrl+Mayús+ D hecha · X anular · O reabrir · E editar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="167"/>
        <source>From earlier meetings</source>
        <translation>De reuniones anteriores</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="167"/>
        <source>This meeting</source>
        <translation>Esta reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="191"/>
        <source>No action items yet. Alt+A in the note field, or add one below.</source>
        <translation>Aún no hay tareas. Alt+A en el campo de nota, o añade una abajo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="200"/>
        <source>due {date}</source>
        <translation>fecha límite {date}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="202"/>
        <source>done {date}</source>
        <translation>hecha {date}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="204"/>
        <source>dropped {date}</source>
        <translation>anulada {date}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="206"/>
        <source>from {meeting}</source>
        <translation>de {meeting}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="283"/>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../engagedesk/app.py" line="59"/>
        <source>EngageDesk cannot open the database</source>
        <translation>EngageDesk no puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../engagedesk/services/attendance.py" line="192"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop).</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora).</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="103"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="103"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="103"/>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="103"/>
        <source>Out (hours)</source>
        <translation>Salida (horas)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="104"/>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="104"/>
        <source>New or returning</source>
        <translation>Nueva o recurrente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="144"/>
        <source>Meetings attended before this one: {n}</source>
        <translation>Reuniones a las que vino antes de esta: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="159"/>
        <source>{time} ({hours} h)</source>
        <translation>{time} ({hours} h)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="162"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="165"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="166"/>
        <source>Returning ({n} before)</source>
        <translation>Recurrente ({n} antes)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="173"/>
        <source>not checked out</source>
        <translation>sin salida registrada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="173"/>
        <source>not a walk-in</source>
        <translation>con inscripción previa</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="40"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="40"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="349"/>
        <source>← Back (Esc)</source>
        <translation>← Volver (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="350"/>
        <source>Back to the meetings list</source>
        <translation>Volver a la lista de reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="352"/>
        <source>Sign-in desk</source>
        <translation>Mesa de registro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="353"/>
        <source>Open the sign-in desk of this meeting</source>
        <translation>Abrir la mesa de registro de esta reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="355"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="356"/>
        <source>Export this meeting's attendance to a spreadsheet (Ctrl+E)</source>
        <translation>Exportar la asistencia de esta reunión a una hoja de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="363"/>
        <source>signed in</source>
        <translation>registradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="363"/>
        <source>People signed in</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="364"/>
        <source>new</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="364"/>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="365"/>
        <source>returning</source>
        <translation>recurrentes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="365"/>
        <source>Returning people</source>
        <translation>Personas recurrentes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="366"/>
        <source>walk-ins</source>
        <translation>sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="366"/>
        <source>Walk-ins</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="367"/>
        <source>volunteer hours</source>
        <translation>horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="367"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="371"/>
        <source>People by role</source>
        <translation>Personas por rol</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="374"/>
        <source>Show which role</source>
        <translation>Qué rol mostrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="377"/>
        <source>Show new or returning people</source>
        <translation>Mostrar personas nuevas o recurrentes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="378"/>
        <source>Everyone</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="379"/>
        <source>New only</source>
        <translation>Solo nuevas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="380"/>
        <source>Returning only</source>
        <translation>Solo recurrentes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="384"/>
        <source>How many are shown</source>
        <translation>Cuántas se muestran</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="392"/>
        <source>People at this meeting</source>
        <translation>Personas en esta reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="393"/>
        <source>Sort with Sort by (Alt+O) or by clicking a column heading</source>
        <translation>Ordena con Ordenar por (Alt+O) o haciendo clic en el título de una columna</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="408"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="420"/>
        <source>Keep coming: at 2 or more meetings of the series, one of them among the last 2 held. Stopped: at 2 or more earlier meetings, but at neither of the last 2 — worth a call.</source>
        <translation>Siguen viniendo: en 2 o más reuniones de la serie, una de ellas entre las 2 últimas. Dejaron de venir: en 2 o más reuniones anteriores, pero en ninguna de las 2 últimas; vale la pena llamarlas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="427"/>
        <source>People who keep coming</source>
        <translation>Personas que siguen viniendo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="432"/>
        <source>People who stopped coming</source>
        <translation>Personas que dejaron de venir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="451"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="453"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="455"/>
        <source>S&amp;ort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="481"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="482"/>
        <source>&amp;This meeting</source>
        <translation>Es&amp;ta reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="483"/>
        <source>The s&amp;eries</source>
        <translation>La s&amp;erie</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="547"/>
        <source>Attendance: {title}</source>
        <translation>Asistencia: {title}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="559"/>
        <source>By role: {counts}</source>
        <translation>Por rol: {counts}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="560"/>
        <source>Nobody has signed in yet.</source>
        <translation>Nadie se ha registrado aún.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="565"/>
        <source>All roles ({n})</source>
        <translation>Todos los roles ({n})</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="578"/>
        <source>This meeting is not part of a series.</source>
        <translation>Esta reunión no es parte de una serie.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="581"/>
        <source>&amp;Keep coming</source>
        <translation>Si&amp;guen viniendo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="582"/>
        <source>Sto&amp;pped coming</source>
        <translation>De&amp;jaron de venir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="584"/>
        <source>meetings held: {n}</source>
        <translation>reuniones realizadas: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="585"/>
        <source>to come: {n}</source>
        <translation>por venir: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="587"/>
        <source>&amp;Keep coming: {n}</source>
        <translation>Si&amp;guen viniendo: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="588"/>
        <source>Sto&amp;pped coming: {n}</source>
        <translation>De&amp;jaron de venir: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="600"/>
        <source>Showing {shown} of {total}</source>
        <translation>Se muestran {shown} de {total}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="40"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="40"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="34"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="59"/>
        <source>Nothing yet.</source>
        <translation>Nada aún.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="81"/>
        <source>This file is damaged ({what} is unreadable). Ask for the bundle again.</source>
        <translation>Este archivo está dañado ({what} no se puede leer). Pide el paquete otra vez.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="118"/>
        <source>This file is damaged or incomplete (it may have been cut short when copied). Nothing was changed. Copy it again, or ask for a new bundle.</source>
        <translation>Este archivo está dañado o incompleto (quizá se cortó al copiarlo). No se cambió nada. Cópialo otra vez o pide un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="121"/>
        <source>This is not an EngageDesk sync bundle. Choose a .edsync file made by EngageDesk. Nothing was changed.</source>
        <translation>Este no es un paquete de sincronización de EngageDesk. Elige un archivo .edsync hecho con EngageDesk. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="125"/>
        <source>This bundle was made by a {newer} version of EngageDesk (format {found}; this version reads format {known}). Update EngageDesk on both laptops. Nothing was changed.</source>
        <translation>Este paquete se hizo con una versión {newer} de EngageDesk (formato {found}; esta versión lee el formato {known}). Actualiza EngageDesk en ambas computadoras. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="127"/>
        <source>newer</source>
        <translation>más nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="127"/>
        <source>different</source>
        <translation>distinta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="154"/>
        <source>This bundle's signature does not match its contents: it was damaged or changed after it was made. Nothing was changed. Ask for a new bundle.</source>
        <translation>La firma de este paquete no coincide con su contenido: se dañó o se cambió después de hacerlo. No se cambió nada. Pide un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="172"/>
        <source>This bundle is too large to import (it inflates to far more than its size). It was refused and nothing was changed.</source>
        <translation>Este paquete es demasiado grande para importarlo (al descomprimirse ocupa muchísimo más que su tamaño). Se rechazó y no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="183"/>
        <source>This bundle is protected by a passphrase. Enter the passphrase it was made with.</source>
        <translation>Este paquete está protegido con una frase de contraseña. Escribe la frase con la que se hizo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="189"/>
        <location filename="../../engagedesk/sync/bundle.py" line="196"/>
        <source>This file is damaged (its encryption settings are unreadable).</source>
        <translation>Este archivo está dañado (no se puede leer su configuración de cifrado).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="193"/>
        <source>This bundle asks for unreasonable encryption settings and was refused.</source>
        <translation>Este paquete pide una configuración de cifrado no razonable y se rechazó.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="201"/>
        <source>The passphrase is not right (or the file was damaged). Check the passphrase with the person who made the bundle. Nothing was changed.</source>
        <translation>La frase de contraseña no es correcta (o el archivo está dañado). Confírmala con quien hizo el paquete. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="204"/>
        <source>This file is damaged: its contents do not match their checksum. Nothing was changed. Ask for a new bundle.</source>
        <translation>Este archivo está dañado: su contenido no coincide con su suma de comprobación. No se cambió nada. Pide un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="209"/>
        <source>This file is damaged: its contents cannot be read. Ask for a new bundle.</source>
        <translation>Este archivo está dañado: no se puede leer su contenido. Pide un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/bundle.py" line="212"/>
        <source>This file is damaged: it does not hold the changes its header lists.</source>
        <translation>Este archivo está dañado: no contiene los cambios que indica su encabezado.</translation>
    </message>
</context>
<context>
    <name>BundleEntry</name>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="51"/>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="55"/>
        <source>Made {when} on “{laptop}”, whose key fingerprint is {fingerprint}.</source>
        <translation>Hecho {when} en “{laptop}”, cuya huella de clave es {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="59"/>
        <source>Where the bundle comes from</source>
        <translation>De dónde viene el paquete</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="62"/>
        <source>What importing would change</source>
        <translation>Qué cambiaría al importarlo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="67"/>
        <source>This laptop has not joined an organisation yet: importing this bundle joins “{name}”.</source>
        <translation>Esta computadora aún no se ha unido a una organización: importar este paquete la une a “{name}”.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="68"/>
        <source>Joining</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="70"/>
        <source>Why this bundle needs attention</source>
        <translation>Por qué este paquete necesita atención</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="77"/>
        <source>First bundle from “{laptop}”. On that laptop, open Sync and check that it shows the key fingerprint {fingerprint}. Accept it only if they match.</source>
        <translation>Primer paquete de “{laptop}”. En esa computadora, abre Sincronizar y comprueba que muestra la huella de clave {fingerprint}. Acéptalo solo si coinciden.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="80"/>
        <source>A laptop seen for the first time</source>
        <translation>Una computadora vista por primera vez</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="83"/>
        <source>From the same new laptop as above: accept it there.</source>
        <translation>De la misma computadora nueva que arriba: acéptalo allí.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="86"/>
        <source>Join “{name}” anyway: bring its data into this database</source>
        <translation>Unirse a “{name}” de todos modos: traer sus datos a esta base de datos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="89"/>
        <source>Join the other organisation “{name}”</source>
        <translation>Unirse a la otra organización “{name}”</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="96"/>
        <source>From “{laptop}”: {file}</source>
        <translation>De “{laptop}”: {file}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="103"/>
        <source>Importing would bring: {counts}.</source>
        <translation>Importarlo traería: {counts}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="105"/>
        <source>Some earlier changes from other laptops seem to be missing; ask for a full export too.</source>
        <translation>Parece que faltan cambios anteriores de otras computadoras; pide también una exportación completa.</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="34"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="37"/>
        <source>First day of the campaign</source>
        <translation>Primer día de la campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="38"/>
        <source>A date like 2026-11-22; may be left empty</source>
        <translation>Una fecha como 2026-11-22; se puede dejar vacía</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="41"/>
        <source>Last day of the campaign</source>
        <translation>Último día de la campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="42"/>
        <source>A date like 2026-12-20; may be left empty</source>
        <translation>Una fecha como 2026-12-20; se puede dejar vacía</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="44"/>
        <source>Script: talking points</source>
        <translation>Guion: puntos para conversar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="45"/>
        <source>Talking points; lines starting with - are key points</source>
        <translation>Puntos para conversar; las líneas que empiezan con - son puntos clave</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="47"/>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="58"/>
        <source>Outcomes, one per line</source>
        <translation>Resultados, uno por línea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="48"/>
        <source>One per line, at most 9 (keys 1–9). The first is the one where someone answered.</source>
        <translation>Uno por línea, 9 como máximo (teclas 1–9). El primero es cuando alguien respondió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="63"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="67"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="68"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="69"/>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Outcomes
(one per line,
first = contacted)</source>
        <translation type="vanished">Resultados
(uno por línea;
1.º = contacto)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="73"/>
        <source>Survey questions, in order</source>
        <translation>Preguntas de la encuesta, en orden</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="75"/>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="77"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="78"/>
        <source>Answers already given are kept in the results.</source>
        <translation>Las respuestas ya dadas se conservan en los resultados.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="80"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="82"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="89"/>
        <source>Kind of question</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="90"/>
        <source>Yes / no</source>
        <translation>Sí / no</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="90"/>
        <source>One choice</source>
        <translation>Una opción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="91"/>
        <source>Several choices</source>
        <translation>Varias opciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="91"/>
        <source>Scale 1–5</source>
        <translation>Escala 1–5</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="92"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="96"/>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="113"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="98"/>
        <source>Choices, one per line</source>
        <translation>Opciones, una por línea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="100"/>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="115"/>
        <source>Ask only if</source>
        <translation>Solo si</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="105"/>
        <source>the answer was</source>
        <translation>la respuesta fue</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="106"/>
        <source>the answer, e.g. yes</source>
        <translation>la respuesta, p. ej. sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="109"/>
        <source>was</source>
        <translation>fue</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="112"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="114"/>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="122"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="128"/>
        <source>Save campaign</source>
        <translation>Guardar campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="265"/>
        <source>(always asked)</source>
        <translation>(siempre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="213"/>
        <location filename="../../engagedesk/ui/canvass_editor.py" line="302"/>
        <source>(new question)</source>
        <translation>(pregunta nueva)</translation>
    </message>
</context>
<context>
    <name>Canvassing</name>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="77"/>
        <source>This campaign no longer exists; it may have been removed on another laptop.</source>
        <translation>Esta campaña ya no existe; quizá se eliminó en otra computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="88"/>
        <source>Please give the campaign a name.</source>
        <translation>Ponle un nombre a la campaña.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="90"/>
        <source>The campaign name is too long; please shorten it to {n} characters.</source>
        <translation>El nombre de la campaña es demasiado largo; acórtalo a {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="97"/>
        <source>A campaign needs at least one outcome; the first is the one where someone answered.</source>
        <translation>Una campaña necesita al menos un resultado; el primero es cuando alguien respondió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="99"/>
        <source>A campaign has at most {n} outcomes, one for each key 1 to 9.</source>
        <translation>Una campaña tiene como máximo {n} resultados, uno por cada tecla del 1 al 9.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="107"/>
        <source>Please write dates like 2026-11-22, or leave them empty.</source>
        <translation>Escribe las fechas como 2026-11-22, o déjalas vacías.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="110"/>
        <source>The campaign must end after it starts.</source>
        <translation>La campaña debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="118"/>
        <source>Every question needs its words; remove the empty ones.</source>
        <translation>Cada pregunta necesita su texto; quita las vacías.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="133"/>
        <source>The question “{q}” needs at least two choices.</source>
        <translation>La pregunta “{q}” necesita al menos dos opciones.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="135"/>
        <source>The question “{q}” has more than {n} choices; answers are keyed 1 to 9.</source>
        <translation>La pregunta “{q}” tiene más de {n} opciones; las respuestas van con las teclas 1 a 9.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="142"/>
        <source>“{q}” can only depend on a question asked before it.</source>
        <translation>“{q}” solo puede depender de una pregunta hecha antes.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="146"/>
        <source>Please choose the answer to “{q}” that makes “{p}” asked.</source>
        <translation>Elige la respuesta a “{q}” que hace que se pregunte “{p}”.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="229"/>
        <source>The answer to “{q}” is too long; please shorten it to {n} characters.</source>
        <translation>La respuesta a “{q}” es demasiado larga; acórtala a {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="241"/>
        <source>“{q}” takes one answer only.</source>
        <translation>“{q}” admite una sola respuesta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="246"/>
        <source>“{a}” is not an answer to “{q}”. Please choose one of: {o}.</source>
        <translation>“{a}” no es una respuesta a “{q}”. Elige una de estas: {o}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="357"/>
        <location filename="../../engagedesk/services/canvassing.py" line="642"/>
        <source>This turf no longer exists; it may have been removed on another laptop.</source>
        <translation>Esta zona ya no existe; quizá se eliminó en otra computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="394"/>
        <source>“{o}” is not an outcome of this campaign. Please choose one of: {all}.</source>
        <translation>“{o}” no es un resultado de esta campaña. Elige uno de estos: {all}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="398"/>
        <source>The note is too long; please shorten it to {n} characters.</source>
        <translation>La nota es demasiado larga; acórtala a {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="415"/>
        <source>An answer is for a question that is no longer in the script; please start the door again.</source>
        <translation>Una respuesta es para una pregunta que ya no está en el guion; empieza esta puerta de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="470"/>
        <source>{n} addresses imported</source>
        <translation>{n} direcciones importadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="470"/>
        <source>1 address imported</source>
        <translation>1 dirección importada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="472"/>
        <source>1 duplicate in the file merged</source>
        <translation>1 duplicado del archivo combinado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="473"/>
        <source>{n} duplicates in the file merged</source>
        <translation>{n} duplicados del archivo combinados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="475"/>
        <source>{n} already here</source>
        <translation>{n} ya estaban aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="475"/>
        <source>1 already here</source>
        <translation>1 ya estaba aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="477"/>
        <source>{n} rows skipped</source>
        <translation>{n} filas omitidas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="477"/>
        <source>1 row skipped</source>
        <translation>1 fila omitida</translation>
    </message>
    <message>
        <source>{name} is empty: there are no addresses to import.</source>
        <translation type="vanished">{name} está vacío: no hay direcciones para importar.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file (it looks like a binary file). Please export the addresses as CSV from your spreadsheet.</source>
        <translation type="vanished">{name} no es un archivo CSV (parece un archivo binario). Exporta las direcciones como CSV desde tu hoja de cálculo.</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV text file. Please save it as CSV (UTF-8) and try again.</source>
        <translation type="vanished">{name} no es un archivo de texto CSV legible. Guárdalo como CSV (UTF-8) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{name} has no header row.</source>
        <translation type="vanished">{name} no tiene fila de encabezado.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="495"/>
        <source>{name}: no column for the street or the postal code was found. The first row should name the columns, like number, street, unit, city, region, postal code (or numero, calle, ciudad, codigo postal). Found: {found}.</source>
        <translation>{name}: no se encontró ninguna columna para la calle ni para el código postal. La primera fila debe nombrar las columnas, como numero, calle, ciudad, codigo postal (o number, street, unit, city, region, postal code). Encontradas: {found}.</translation>
    </message>
    <message>
        <source>{name} could not be read as CSV near line {line} ({why}). Nothing was imported.</source>
        <translation type="vanished">{name} no se pudo leer como CSV cerca de la línea {line} ({why}). No se importó nada.</translation>
    </message>
    <message>
        <source>{name} has a header row but no addresses under it.</source>
        <translation type="vanished">{name} tiene fila de encabezado pero ninguna dirección debajo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="541"/>
        <source>Cannot read {name}: {why}.</source>
        <translation>No se puede leer {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="542"/>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="545"/>
        <source>{name}: no row has a street or a postal code, so nothing was imported. {why}</source>
        <translation>{name}: ninguna fila tiene calle ni código postal, así que no se importó nada. {why}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="557"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="595"/>
        <source>Turfs can be made by street or by postal code.</source>
        <translation>Las zonas se pueden hacer por calle o por código postal.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="600"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="603"/>
        <source>There are no addresses to group into turfs; import addresses first.</source>
        <translation>No hay direcciones para agrupar en zonas; primero importa direcciones.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="626"/>
        <source>Please give the turf a name.</source>
        <translation>Ponle un nombre a la zona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="629"/>
        <source>Please pick at least one address for the turf.</source>
        <translation>Elige al menos una dirección para la zona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="631"/>
        <source>Some of the picked addresses no longer exist; please pick again.</source>
        <translation>Algunas de las direcciones elegidas ya no existen; elígelas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="640"/>
        <source>The canvasser's name is too long.</source>
        <translation>El nombre del brigadista es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="734"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>CanvassingScreen</name>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="75"/>
        <source>Canvassing</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="78"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="80"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="90"/>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="90"/>
        <source>Canvasser</source>
        <translation>Brigadista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="90"/>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="97"/>
        <source>Turfs of the campaign</source>
        <translation>Zonas de la campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="100"/>
        <location filename="../../engagedesk/ui/canvassing.py" line="101"/>
        <source>Canvasser's name</source>
        <translation>Nombre del brigadista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="102"/>
        <source>Assign turf</source>
        <translation>Asignar zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="104"/>
        <source>Walk this turf…</source>
        <translation>Recorrer esta zona…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="106"/>
        <source>Import addresses (CSV)…</source>
        <translation>Importar direcciones (CSV)…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="107"/>
        <source>Import addresses from a CSV file</source>
        <translation>Importar direcciones desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="110"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="113"/>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="114"/>
        <source>Cancel the import; nothing is changed</source>
        <translation>Cancelar la importación; no se cambia nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="120"/>
        <source>by street</source>
        <translation>por calle</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="121"/>
        <source>by postal code</source>
        <translation>por código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="122"/>
        <source>Make turfs</source>
        <translation>Hacer zonas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="123"/>
        <source>From the last imported addresses, or all addresses</source>
        <translation>De las últimas direcciones importadas, o de todas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="125"/>
        <source>Turf by hand…</source>
        <translation>Zona a mano…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="126"/>
        <source>Make a turf of doors picked by hand</source>
        <translation>Hacer una zona con puertas elegidas a mano</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="147"/>
        <source>Results for</source>
        <translation>Resultados de</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="153"/>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="154"/>
        <source>Export this campaign's door results to a spreadsheet</source>
        <translation>Exportar los resultados puerta a puerta de esta campaña a una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="166"/>
        <location filename="../../engagedesk/ui/canvassing.py" line="167"/>
        <source>Parts of the campaign</source>
        <translation>Partes de la campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="168"/>
        <source>Left and Right choose: script and survey, turfs, results</source>
        <translation>Izquierda y Derecha eligen: guion y encuesta, zonas, resultados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="169"/>
        <source>Script and survey</source>
        <translation>Guion y encuesta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="170"/>
        <source>Turfs</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="171"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="292"/>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="311"/>
        <source>The whole campaign</source>
        <translation>Toda la campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="313"/>
        <source>Turf: {name}</source>
        <translation>Zona: {name}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="324"/>
        <location filename="../../engagedesk/ui/canvassing.py" line="410"/>
        <source>Choose a turf first.</source>
        <translation>Primero elige una zona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="327"/>
        <source>{turf} goes to {name}.</source>
        <translation>{turf} queda a cargo de {name}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="339"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="362"/>
        <source>line {line} merged into {into}: {address}</source>
        <translation>línea {line} combinada con {into}: {address}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="363"/>
        <source>line {n}</source>
        <translation>línea {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="363"/>
        <source>an address already here</source>
        <translation>una dirección que ya estaba aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="371"/>
        <source>Cancelling the import…</source>
        <translation>Cancelando la importación…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="380"/>
        <location filename="../../engagedesk/ui/canvassing.py" line="398"/>
        <location filename="../../engagedesk/ui/canvassing.py" line="428"/>
        <source>Save the campaign first.</source>
        <translation>Primero guarda la campaña.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="392"/>
        <source>Made the turf {name}.</source>
        <translation>Se hizo la zona {name}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="402"/>
        <source>Made {n} turfs.</source>
        <translation>Se hicieron {n} zonas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="402"/>
        <source>Made 1 turf.</source>
        <translation>Se hizo 1 zona.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../engagedesk/store/health.py" line="45"/>
        <source>The file is damaged: its first page cannot be read.</source>
        <translation>El archivo está dañado: no se puede leer su primera página.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="50"/>
        <source>Database version {found} is newer than this program understands ({known}); check it with the newer version.</source>
        <translation>La versión {found} de la base de datos es más nueva de lo que este programa entiende ({known}); revísala con la versión más nueva.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="54"/>
        <source>Database version {found}; it will be upgraded to {known} when opened.</source>
        <translation>Versión {found} de la base de datos; se actualizará a {known} al abrirla.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="57"/>
        <source>Database version {found} (current).</source>
        <translation>Versión {found} de la base de datos (actual).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="63"/>
        <source>Integrity check: ok.</source>
        <translation>Comprobación de integridad: correcta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="65"/>
        <source>Integrity: {detail}</source>
        <translation>Integridad: {detail}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="70"/>
        <source>Foreign key check failed: {detail}</source>
        <translation>Falló la comprobación de claves foráneas: {detail}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="74"/>
        <source>1 row points to a row that does not exist (in {tables}).</source>
        <translation>1 fila apunta a una fila que no existe (en {tables}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="75"/>
        <source>{n} rows point to rows that do not exist (in {tables}).</source>
        <translation>{n} filas apuntan a filas que no existen (en {tables}).</translation>
    </message>
    <message>
        <source>{count} rows point to rows that do not exist (in {tables}).</source>
        <translation type="vanished">{count} filas apuntan a filas que no existen (en {tables}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/health.py" line="77"/>
        <source>Foreign key check: ok.</source>
        <translation>Comprobación de claves foráneas: correcta.</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="76"/>
        <source>When two laptops changed the same thing, the later change was kept. The other value is kept here: use it instead if it was the right one (the laptops get the change with the next bundle).</source>
        <translation>Cuando dos computadoras cambiaron lo mismo, se conservó el cambio más reciente. El otro valor se guarda aquí: úsalo en su lugar si era el correcto (las computadoras recibirán el cambio con el próximo paquete).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="80"/>
        <source>No conflicts: every laptop's changes fitted together.</source>
        <translation>Sin conflictos: los cambios de todas las computadoras encajaron.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="82"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="82"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="82"/>
        <location filename="../../engagedesk/ui/sync_lists.py" line="97"/>
        <source>Kept now</source>
        <translation>Conservado ahora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="82"/>
        <location filename="../../engagedesk/ui/sync_lists.py" line="104"/>
        <source>Not kept</source>
        <translation>No conservado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="83"/>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="84"/>
        <source>Up and Down choose a conflict; Ctrl+U uses the value that was not kept</source>
        <translation>Arriba y Abajo eligen un conflicto; Ctrl+U usa el valor que no se conservó</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="96"/>
        <source>The conflict chosen</source>
        <translation>El conflicto elegido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="101"/>
        <source>Value kept now</source>
        <translation>Valor conservado ahora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="108"/>
        <source>Value not kept</source>
        <translation>Valor no conservado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="111"/>
        <source>&amp;Use this value instead (Ctrl+U)</source>
        <translation>&amp;Usar este valor (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="113"/>
        <source>Use the value that was not kept instead</source>
        <translation>Usar en su lugar el valor que no se conservó</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="151"/>
        <location filename="../../engagedesk/ui/sync_lists.py" line="153"/>
        <source>{value}
by {laptop}, {when}</source>
        <translation>{value}
por {laptop}, {when}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="178"/>
        <location filename="../../engagedesk/ui/sync_lists.py" line="181"/>
        <source>Changed on {laptop}, {when}</source>
        <translation>Cambiado en {laptop}, {when}</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="68"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="112"/>
        <source>Dry run, nothing was changed. New people: {created}. Updated: {updated}. Rows skipped: {skipped}.</source>
        <translation>Simulación: no se cambió nada. Personas nuevas: {created}. Actualizadas: {updated}. Filas omitidas: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="114"/>
        <source>New people: {created}. Updated: {updated}. Rows skipped: {skipped}.</source>
        <translation>Personas nuevas: {created}. Actualizadas: {updated}. Filas omitidas: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="118"/>
        <source>would be created</source>
        <translation>se crearía</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="118"/>
        <source>would be updated</source>
        <translation>se actualizaría</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="119"/>
        <source>would be skipped</source>
        <translation>se omitiría</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="120"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="120"/>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="120"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="124"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="124"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="124"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="126"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="182"/>
        <source>Cannot read the mapping file {name}: {why}.</source>
        <translation>No se puede leer el archivo de asignación {name}: {why}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="185"/>
        <source>The mapping file {name} is not valid JSON. It should look like {{"First Name": "given_name", "Zip": "postal_code"}}.</source>
        <translation>El archivo de asignación {name} no es JSON válido. Debería verse como {{"First Name": "given_name", "Zip": "postal_code"}}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="188"/>
        <source>The mapping file {name} should hold one object: column header -&gt; field.</source>
        <translation>El archivo de asignación {name} debe contener un solo objeto: encabezado de columna -&gt; campo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="198"/>
        <source>The mapping file {name} maps "{header}" to "{field}", which is not a field. Fields: {known}.</source>
        <translation>El archivo de asignación {name} asigna "{header}" a "{field}", que no es un campo. Campos: {known}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="205"/>
        <source>The mapping file {name} names columns the CSV file does not have: {missing}.</source>
        <translation>El archivo de asignación {name} nombra columnas que el archivo CSV no tiene: {missing}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="307"/>
        <source>{field}: "{value}" is not yes or no. Write yes or no (or leave it empty for no).</source>
        <translation>{field}: "{value}" no es sí ni no. Escribe sí o no (o déjalo vacío para no).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="442"/>
        <source>The mapping has {given} columns but the file has {width}. Choose the fields again.</source>
        <translation>La asignación tiene {given} columnas pero el archivo tiene {width}. Elige los campos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="472"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="472"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="599"/>
        <source>row {row} of this file</source>
        <translation>la fila {row} de este archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="601"/>
        <source>Looks like {who} ({reason}); skipped so that no one is merged by mistake. Choose "Create likely duplicates anyway" to add it, or merge later.</source>
        <translation>Parece ser {who} ({reason}); se omitió para que nadie se combine por error. Elige "Crear filas que parecen ser alguien que ya está aquí" para añadirla, o combínalas después.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="606"/>
        <source>Created, although it looks like {who} ({reason}).</source>
        <translation>Creada, aunque parece ser {who} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="629"/>
        <source>{name} is already here with the same details; nothing to change.</source>
        <translation>{name} ya está aquí con los mismos datos; no hay nada que cambiar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="633"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="654"/>
        <source>the same e-mail</source>
        <translation>el mismo correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="654"/>
        <source>the same phone number</source>
        <translation>el mismo número de teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="657"/>
        <source>Its e-mail or phone matches more than one person already here; skipped. Merge those people first, or fix the row.</source>
        <translation>Su correo o teléfono coincide con más de una persona que ya está aquí; se omitió. Combina primero a esas personas o corrige la fila.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="662"/>
        <source>Has {what} as row {other} of this file; skipped.</source>
        <translation>Tiene {what} que la fila {other} de este archivo; se omitió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="665"/>
        <source>Has {what} as {name}, who is already here; skipped. Choose "Update matching people" to update them from the file.</source>
        <translation>Tiene {what} que {name}, que ya está aquí; se omitió. Elige "Actualizar a las personas que coinciden" para actualizarla desde el archivo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="669"/>
        <source>Row {other} already updates {name} (same e-mail or phone); skipped.</source>
        <translation>La fila {other} ya actualiza a {name} (mismo correo o teléfono); se omitió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="684"/>
        <source>Updated {name} (matched by {what}).</source>
        <translation>Se actualizó a {name} (coincide por {what}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/csv_import.py" line="869"/>
        <source>left out</source>
        <translation>dejada fuera</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Full name (first and last)</source>
        <translation>Nombre completo (nombre y apellido)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Address (number and street)</source>
        <translation>Dirección (número y calle)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>House number</source>
        <translation>Número de casa</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Apartment or unit</source>
        <translation>Departamento o unidad</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>May contact (yes/no)</source>
        <translation>Se puede contactar (sí/no)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Do not contact (yes/no)</source>
        <translation>No contactar (sí/no)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Do-not-contact reason</source>
        <translation>Motivo de no contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Photo consent (yes/no)</source>
        <translation>Consentimiento para fotos (sí/no)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="94"/>
        <source>Quote consent (yes/no)</source>
        <translation>Consentimiento para citas (sí/no)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="149"/>
        <source>Two columns are set to "{field}"; set one of them to another field or to "Leave out".</source>
        <translation>Dos columnas están asignadas a "{field}"; asigna una de ellas a otro campo o a "Dejar fuera".</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="153"/>
        <source>No column is set to a name. Set the column that holds first names, last names or full names.</source>
        <translation>Ninguna columna está asignada a un nombre. Asigna la columna que tiene los nombres, los apellidos o los nombres completos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/mapping.py" line="156"/>
        <source>No column is set to a street, an address or a postal code.</source>
        <translation>Ninguna columna está asignada a una calle, una dirección o un código postal.</translation>
    </message>
</context>
<context>
    <name>CsvRead</name>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="75"/>
        <location filename="../../engagedesk/io/csv_read.py" line="199"/>
        <source>{name} is empty: there is nothing to import. Choose the file that holds the list, saved as CSV.</source>
        <translation>{name} está vacío: no hay nada que importar. Elige el archivo que contiene la lista, guardado como CSV.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="85"/>
        <source>{name} is a spreadsheet workbook, not a CSV file. In your spreadsheet program, choose Save As (or Download) and pick CSV, then import that file.</source>
        <translation>{name} es un libro de hoja de cálculo, no un archivo CSV. En tu programa de hojas de cálculo, elige Guardar como (o Descargar) y elige CSV; luego importa ese archivo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="88"/>
        <location filename="../../engagedesk/io/csv_read.py" line="100"/>
        <source>{name} is not a CSV file (it looks like a binary file). Please export the list as CSV from your spreadsheet.</source>
        <translation>{name} no es un archivo CSV (parece un archivo binario). Exporta la lista como CSV desde tu hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="114"/>
        <source>{name} is not a readable CSV text file. Please save it as CSV (UTF-8) and try again.</source>
        <translation>{name} no es un archivo de texto CSV legible. Guárdalo como CSV (UTF-8) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="150"/>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="152"/>
        <location filename="../../engagedesk/io/csv_read.py" line="216"/>
        <source>{name} is larger than 512 MB. Split it into smaller files and import them one after the other.</source>
        <translation>{name} pesa más de 512 MB. Divídelo en archivos más pequeños e impórtalos uno tras otro.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="184"/>
        <source>Row {row}: the cell in column {column} is longer than {limit} characters, so the row was left out. Shorten it in the spreadsheet if the row is needed.</source>
        <translation>Fila {row}: la celda de la columna {column} tiene más de {limit} caracteres, así que se dejó fuera la fila. Acórtala en la hoja de cálculo si necesitas la fila.</translation>
    </message>
    <message>
        <source>Row {row} has {found} cells but the header row has {expected}, so its cells cannot be matched to the columns; the row was left out. Check it for a stray delimiter or a missing cell.</source>
        <translation type="vanished">La fila {row} tiene {found} celdas pero la fila de encabezado tiene {expected}, así que sus celdas no se pueden emparejar con las columnas; se dejó fuera la fila. Revisa si tiene un separador de más o le falta una celda.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="192"/>
        <source>Row {row} does not have as many cells as the header row ({found} instead of {expected}), so its cells cannot be matched to the columns; the row was left out. Check it for a stray delimiter or a missing cell.</source>
        <translation>La fila {row} no tiene tantas celdas como la fila de encabezado ({found} en vez de {expected}), así que sus celdas no se pueden emparejar con las columnas; se dejó fuera la fila. Revisa si tiene un separador de más o le falta una celda.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="202"/>
        <source>{name} has a header row but no rows under it: there is nothing to import.</source>
        <translation>{name} tiene fila de encabezado pero ninguna fila debajo: no hay nada que importar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="206"/>
        <source>{name}: no row could be read, so nothing was imported. {why}</source>
        <translation>{name}: no se pudo leer ninguna fila, así que no se importó nada. {why}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="220"/>
        <source>{name} is a folder; choose a CSV file inside it.</source>
        <translation>{name} es una carpeta; elige un archivo CSV dentro de ella.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="222"/>
        <source>Cannot read {name}: {why}. Check that the file exists and that you may open it.</source>
        <translation>No se puede leer {name}: {why}. Comprueba que el archivo existe y que tienes permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="231"/>
        <source>{name} has {count} columns; at most {limit} can be imported. Remove the columns you do not need.</source>
        <translation>{name} tiene {count} columnas; se pueden importar {limit} como máximo. Quita las columnas que no necesites.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="235"/>
        <source>{name}: the first row should name the columns, but one of its cells is very long. Add a header row (like First name, Last name, E-mail) and try again.</source>
        <translation>{name}: la primera fila debe nombrar las columnas, pero una de sus celdas es muy larga. Añade una fila de encabezado (como Nombre, Apellido, Correo electrónico) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="246"/>
        <source>{name}: columns {first} and {second} of the header row (row 1) are both called "{header}", so it is not clear which one to use. Rename one of them in the spreadsheet and try again.</source>
        <translation>{name}: las columnas {first} y {second} de la fila de encabezado (fila 1) se llaman ambas "{header}", así que no está claro cuál usar. Cambia el nombre de una de ellas en la hoja de cálculo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="252"/>
        <source>{name}: the first row should name the columns (like First name, Last name, E-mail), but it is empty. Add a header row and try again.</source>
        <translation>{name}: la primera fila debe nombrar las columnas (como Nombre, Apellido, Correo electrónico), pero está vacía. Añade una fila de encabezado e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="259"/>
        <source>{name}: row {row} (line {line} of the file) has a cell longer than {limit} characters, often because a quote mark is not closed. Nothing was imported. Fix that row and try again.</source>
        <translation>{name}: la fila {row} (línea {line} del archivo) tiene una celda de más de {limit} caracteres, a menudo porque unas comillas no se cerraron. No se importó nada. Corrige esa fila e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="263"/>
        <source>{name}: a quote mark opened in row {row} (line {line} of the file) is not closed, so the rows after it cannot be told apart. Nothing was imported. Close or remove the quote mark and try again.</source>
        <translation>{name}: unas comillas abiertas en la fila {row} (línea {line} del archivo) no se cierran, así que no se pueden separar las filas que siguen. No se importó nada. Cierra o quita las comillas e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/csv_read.py" line="266"/>
        <source>{name} could not be read as CSV at row {row} (line {line} of the file). Nothing was imported. Open it in a spreadsheet, save it again as CSV and try again.</source>
        <translation>{name} no se pudo leer como CSV en la fila {row} (línea {line} del archivo). No se importó nada. Ábrelo en una hoja de cálculo, guárdalo otra vez como CSV e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="58"/>
        <source>{name} is already signed in (at {time}).</source>
        <translation>{name} ya está registrado/a (a las {time}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="61"/>
        <source>Welcome, {name}: first meeting!</source>
        <translation>¡Bienvenido/a, {name}: primera reunión!</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="62"/>
        <source>Welcome back, {name}: meeting number {n}.</source>
        <translation>¡Qué bueno verte, {name}! Reunión número {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="114"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop).</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="206"/>
        <source>This check-in was undone, so its role cannot be changed.</source>
        <translation>Este registro se deshizo, así que no se puede cambiar su rol.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="213"/>
        <source>The time out must be after the time in ({time}).</source>
        <translation>La hora de salida debe ser posterior a la de entrada ({time}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/desk.py" line="215"/>
        <source>This check-in was undone, so there is nothing to check out.</source>
        <translation>Este registro se deshizo, así que no hay salida que registrar.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="54"/>
        <source>People signed in</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="62"/>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="70"/>
        <source>Type a name, e-mail or phone, then Enter</source>
        <translation>Nombre, correo o teléfono, luego Intro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="71"/>
        <source>Find a person to sign in</source>
        <translation>Buscar a una persona para registrarla</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="72"/>
        <source>Up and Down choose, Enter signs in, Ctrl+N adds a walk-in</source>
        <translation>Arriba y Abajo eligen, Intro registra, Ctrl+N añade a alguien sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="78"/>
        <source>Sign in as</source>
        <translation>Registrar como</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="79"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="79"/>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="80"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="80"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="81"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="91"/>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="95"/>
        <source>New person (Ctrl+N)</source>
        <translation>Persona nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="96"/>
        <source>Add a walk-in</source>
        <translation>Añadir a alguien sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="99"/>
        <source>Self sign-in kiosk…</source>
        <translation>Modo quiosco…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="100"/>
        <source>Open the self sign-in kiosk</source>
        <translation>Abrir el quiosco de autorregistro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="103"/>
        <source>← Meetings</source>
        <translation>← Reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="104"/>
        <source>Back to meetings</source>
        <translation>Volver a las reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="110"/>
        <source>Last sign-ins</source>
        <translation>Últimos registros</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="112"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="113"/>
        <source>Undo the chosen sign-in</source>
        <translation>Deshacer el registro elegido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="116"/>
        <source>Check out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="117"/>
        <source>Check out the chosen volunteer or staff member</source>
        <translation>Registrar la salida del voluntario o miembro del personal elegido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="151"/>
        <source>Sign in as:</source>
        <translation>Registrar como:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="154"/>
        <source>Last sign-ins:</source>
        <translation>Últimos registros:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="199"/>
        <source>Sign-in: {title}</source>
        <translation>Registro: {title}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="230"/>
        <source>Nobody found. Check the spelling, or press Ctrl+N to add them as new.</source>
        <translation>Nadie encontrado. Revisa la ortografía o pulsa Ctrl+N para añadirla.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engagedesk/ui/desk.py" line="232"/>
        <source>Showing the first %n; keep typing to narrow down.</source>
        <translation>
            <numerusform>La primera; sigue escribiendo para acotar.</numerusform>
            <numerusform>Primeras %n; sigue escribiendo para acotar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engagedesk/ui/desk.py" line="276"/>
        <source>%n signed in</source>
        <translation>
            <numerusform>%n registrada</numerusform>
            <numerusform>%n registradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="284"/>
        <source> — out {time}</source>
        <translation> — salida {time}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="309"/>
        <source>Sign-in undone.</source>
        <translation>Registro deshecho.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/desk.py" line="322"/>
        <source>Checked out. Thank you for your time!</source>
        <translation>Salida registrada. ¡Gracias por tu tiempo!</translation>
    </message>
</context>
<context>
    <name>DoorScreen</name>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="73"/>
        <source>← Turfs (Esc)</source>
        <translation>← Zonas (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="79"/>
        <source>Walk list</source>
        <translation>Lista de recorrido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="88"/>
        <source>Do not contact: skip this door.</source>
        <translation>No contactar: salta esta puerta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="108"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="109"/>
        <source>Type the answer, then Enter</source>
        <translation>Escribe la respuesta y pulsa Intro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="113"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="114"/>
        <source>Note about this door (N)</source>
        <translation>Nota sobre esta puerta (N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="118"/>
        <source>New resident's name</source>
        <translation>Nombre del nuevo residente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="119"/>
        <source>New resident met at the door: name (R)</source>
        <translation>Nuevo residente encontrado en la puerta: nombre (R)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="137"/>
        <source>Talking points</source>
        <translation>Puntos para conversar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="228"/>
        <source>No script for this campaign.</source>
        <translation>Esta campaña no tiene guion.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="254"/>
        <location filename="../../engagedesk/ui/door.py" line="283"/>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="271"/>
        <source>This turf has no doors.</source>
        <translation>Esta zona no tiene puertas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="286"/>
        <source>Residents:</source>
        <translation>Residentes:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="288"/>
        <source>No residents known here.</source>
        <translation>No se conocen residentes aquí.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="291"/>
        <source>Door {n} of {total} · {left} to go</source>
        <translation>Puerta {n} de {total} · faltan {left}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="297"/>
        <source>Not knocked before.</source>
        <translation>No se visitó antes.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="301"/>
        <source>Knocked before:</source>
        <translation>Visitas anteriores:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="325"/>
        <source>Do not knock here. → next door</source>
        <translation>No tocar aquí. → siguiente puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="326"/>
        <source>→ next door   ← previous door</source>
        <translation>→ siguiente puerta   ← puerta anterior</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="328"/>
        <source>What happened at this door?</source>
        <translation>¿Qué pasó en esta puerta?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="332"/>
        <source>N note · R new resident · → next door · ← previous door</source>
        <translation>N nota · R nuevo residente · → siguiente puerta · ← puerta anterior</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="337"/>
        <source>Question {n} of {total}: {prompt}</source>
        <translation>Pregunta {n} de {total}: {prompt}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="345"/>
        <source>Note and new resident, then Enter to save this door.</source>
        <translation>Nota y nuevo residente, luego Intro para guardar esta puerta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="346"/>
        <source>Enter saves and goes to the next door · Esc starts this door again</source>
        <translation>Intro guarda y pasa a la siguiente puerta · Esc empieza esta puerta de nuevo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="354"/>
        <source>Space skips</source>
        <translation>Espacio salta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="356"/>
        <source>Y  yes     N  no</source>
        <translation>Y  sí     N  no</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="358"/>
        <source>Type the answer, Enter goes on (empty: skipped)</source>
        <translation>Escribe la respuesta, Intro sigue (vacía: se salta)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="363"/>
        <source>Keys toggle, Enter goes on</source>
        <translation>Las teclas marcan y desmarcan, Intro sigue</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="469"/>
        <source>Saved: {door} — {outcome}.</source>
        <translation>Guardado: {door} — {outcome}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="476"/>
        <source>Every door of this turf is done. Thank you!</source>
        <translation>Todas las puertas de esta zona están hechas. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="491"/>
        <source>Not saved: {door}. Please log it again.</source>
        <translation>No se guardó: {door}. Regístrala otra vez.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/door.py" line="349"/>
        <source>(skipped)</source>
        <translation>(se saltó)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../engagedesk/services/duplicates.py" line="401"/>
        <source>same e-mail</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/duplicates.py" line="401"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/duplicates.py" line="401"/>
        <source>similar name, same address</source>
        <translation>nombre parecido, misma dirección</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/duplicates.py" line="401"/>
        <source>similar name, same postal code</source>
        <translation>nombre parecido, mismo código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/duplicates.py" line="401"/>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/duplicates.py" line="402"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="125"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="130"/>
        <source>People who may have been entered twice, most likely first. Nothing is merged until you compare the two and confirm.</source>
        <translation>Personas que quizá se ingresaron dos veces, las más probables primero. No se combina nada hasta que compares las dos y lo confirmes.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="136"/>
        <source>Scan status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="139"/>
        <source>Scan progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="140"/>
        <location filename="../../engagedesk/ui/duplicates.py" line="263"/>
        <source>&amp;Cancel the scan (Esc)</source>
        <translation>&amp;Cancelar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="141"/>
        <source>Cancel the scan</source>
        <translation>Cancelar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="151"/>
        <source>Likely duplicate pairs</source>
        <translation>Pares de posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="153"/>
        <source>Enter compares the chosen pair side by side; N says they are not the same person.</source>
        <translation>Intro compara lado a lado el par elegido; N indica que no son la misma persona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="167"/>
        <source>Co&amp;mpare and merge… (Enter)</source>
        <translation>Co&amp;mparar… (Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="168"/>
        <source>Compare the chosen pair and merge</source>
        <translation>Comparar el par elegido y combinar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="170"/>
        <source>&amp;Not the same person (N)</source>
        <translation>&amp;No es la misma (N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="171"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="173"/>
        <source>Remembered: this pair is not proposed again, on this laptop or, after a sync, on others.</source>
        <translation>Anotado: este par no se volverá a proponer, ni en esta computadora ni, tras sincronizar, en las demás.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="175"/>
        <source>&amp;Scan again (F5)</source>
        <translation>&amp;Buscar de nuevo (F5)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="176"/>
        <source>Scan again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="178"/>
        <source>Merge &amp;history (H)</source>
        <translation>&amp;Historial (H)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="179"/>
        <source>Merge history</source>
        <translation>Historial de combinaciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="180"/>
        <source>The merges made so far, newest first.</source>
        <translation>Las combinaciones hechas hasta ahora, las más recientes primero.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="183"/>
        <location filename="../../engagedesk/ui/duplicates.py" line="184"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="218"/>
        <source>Looking for likely duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="223"/>
        <source>Scan cancelled. Nothing was changed.</source>
        <translation>Búsqueda cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="240"/>
        <source>No likely duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="242"/>
        <source>One pair may be the same person.</source>
        <translation>Un par puede ser la misma persona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="244"/>
        <source>Pairs that may be the same person: {count}.</source>
        <translation>Pares que pueden ser la misma persona: {count}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="256"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../engagedesk/ui/tasks.py" line="33"/>
        <source>Please check</source>
        <translation>Revisa esto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/tasks.py" line="36"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/tasks.py" line="36"/>
        <source>Something went wrong inside EngageDesk. Your data is safe: everything saved before this moment is still there. If it happens again, please send the log file to your coordinator.</source>
        <translation>Algo salió mal dentro de EngageDesk. Tus datos están a salvo: todo lo guardado antes de este momento sigue ahí. Si vuelve a pasar, envía el archivo de registro a tu coordinador/a.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../engagedesk/services/export.py" line="34"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {name}.</source>
        <translation type="vanished">Se escribieron {rows} filas en {name}.</translation>
    </message>
    <message>
        <source>{n} people who asked not to be contacted or have not agreed to be were left out.</source>
        <translation type="vanished">Se dejaron fuera {n} personas que pidieron no ser contactadas o que no lo aceptaron.</translation>
    </message>
    <message>
        <source>The e-mail and phone of {n} people who may not be contacted were left out.</source>
        <translation type="vanished">Se dejaron fuera el correo y el teléfono de {n} personas que no se pueden contactar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="54"/>
        <source>Saved {name}; rows written: {rows}.</source>
        <translation>Se guardó {name}; filas escritas: {rows}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="56"/>
        <source>Left out because they asked not to be contacted or have not agreed to be: {n}.</source>
        <translation>Dejadas fuera porque pidieron no ser contactadas o no lo aceptaron: {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="59"/>
        <source>E-mail and phone left out for people who may not be contacted: {n}.</source>
        <translation>Correo y teléfono dejados fuera para personas que no se pueden contactar: {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="62"/>
        <source>People who may not be contacted are included; the columns "May contact" and "Do not contact" say who they are. Do not use this file as a contact list.</source>
        <translation>Se incluyen personas que no se pueden contactar; las columnas "Se puede contactar" y "No contactar" dicen quiénes son. No uses este archivo como lista de contactos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="68"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="68"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="99"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="99"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="99"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="99"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="99"/>
        <location filename="../../engagedesk/services/export.py" line="129"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="100"/>
        <location filename="../../engagedesk/services/export.py" line="129"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="100"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="100"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="100"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="100"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="100"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="101"/>
        <location filename="../../engagedesk/services/export.py" line="129"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="101"/>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="101"/>
        <source>Quote consent</source>
        <translation>Consentimiento para citas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="103"/>
        <location filename="../../engagedesk/services/export.py" line="129"/>
        <source>May contact</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="103"/>
        <location filename="../../engagedesk/services/export.py" line="131"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="103"/>
        <source>Do not contact since</source>
        <translation>No contactar desde</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="117"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="122"/>
        <source>Choose the meeting whose attendance to export (its id as 'engagedesk list meetings' prints it).</source>
        <translation>Elige la reunión cuya asistencia quieres exportar (su id, como lo muestra 'engagedesk list meetings').</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="126"/>
        <source>There is no meeting with that id (it may have been deleted). 'engagedesk list meetings' shows the ids.</source>
        <translation>No hay ninguna reunión con ese id (quizá se eliminó). 'engagedesk list meetings' muestra los id.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <location filename="../../engagedesk/services/export.py" line="149"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <location filename="../../engagedesk/services/export.py" line="149"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <source>Left</source>
        <translation>Se fue</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="128"/>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="145"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="149"/>
        <location filename="../../engagedesk/services/export.py" line="189"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="149"/>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="149"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="149"/>
        <source>Said by</source>
        <translation>Dicho por</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="150"/>
        <location filename="../../engagedesk/services/export.py" line="190"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="150"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="160"/>
        <source>a participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="163"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="167"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="167"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="167"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="167"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="167"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="167"/>
        <source>From meeting</source>
        <translation>De la reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="168"/>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="176"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="181"/>
        <source>Choose the campaign whose results to export (its id as 'engagedesk list campaigns' prints it).</source>
        <translation>Elige la campaña cuyos resultados quieres exportar (su id, como lo muestra 'engagedesk list campaigns').</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="185"/>
        <source>There is no campaign with that id (it may have been deleted). 'engagedesk list campaigns' shows the ids.</source>
        <translation>No hay ninguna campaña con ese id (quizá se eliminó). 'engagedesk list campaigns' muestra los id.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="190"/>
        <source>Canvasser</source>
        <translation>Brigadista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="190"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/export.py" line="208"/>
        <source>Exports are: {kinds}.</source>
        <translation>Las exportaciones son: {kinds}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="49"/>
        <source>Export a spreadsheet</source>
        <translation>Exportar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="55"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="56"/>
        <source>People (a contact list)</source>
        <translation>Personas (una lista de contactos)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="57"/>
        <source>Attendance of a meeting</source>
        <translation>Asistencia de una reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="58"/>
        <source>Meeting notes</source>
        <translation>Notas de reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="58"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="59"/>
        <source>Canvass results of a campaign</source>
        <translation>Resultados puerta a puerta de una campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="62"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="64"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="66"/>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="67"/>
        <source>CSV (any spreadsheet)</source>
        <translation>CSV (cualquier hoja de cálculo)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="68"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="69"/>
        <source>For &amp;Excel: mark the CSV as UTF-8 (keeps accents right)</source>
        <translation>Para &amp;Excel: marcar el CSV como UTF-8 (conserva bien los acentos)</translation>
    </message>
    <message>
        <source>&amp;Include people who asked not to be contacted or have not agreed to be</source>
        <translation type="vanished">&amp;Incluir a personas que pidieron no ser contactadas o que no lo aceptaron</translation>
    </message>
    <message>
        <source>Off by default. When on, the file says who they are.</source>
        <translation type="vanished">Desmarcado por defecto. Si se marca, el archivo indica quiénes son.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="71"/>
        <source>&amp;Include people who may not be contacted</source>
        <translation>&amp;Incluir a personas que no se pueden contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="72"/>
        <source>People who asked not to be contacted or have not agreed to be. Off by default; when on, the file says who they are.</source>
        <translation>Personas que pidieron no ser contactadas o que no lo aceptaron. Desmarcado por defecto; si se marca, el archivo indica quiénes son.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="75"/>
        <source>Warning: this file will hold people who must not be contacted. Do not use it as a mailing or calling list; the columns "May contact" and "Do not contact" say who they are.</source>
        <translation>Atención: este archivo contendrá personas que no deben ser contactadas. No lo uses como lista de correo ni de llamadas; las columnas "Se puede contactar" y "No contactar" dicen quiénes son.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="81"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="83"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="87"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="88"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="89"/>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="90"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="94"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="96"/>
        <source>Choose where to save, then export</source>
        <translation>Elegir dónde guardar y luego exportar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="98"/>
        <location filename="../../engagedesk/ui/export_dialog.py" line="191"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="139"/>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="157"/>
        <source>Choose a meeting first.</source>
        <translation>Primero elige una reunión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="160"/>
        <source>Choose a campaign first.</source>
        <translation>Primero elige una campaña.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="174"/>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="43"/>
        <source>Did you feel heard tonight?</source>
        <translation>¿Sentiste que te escucharon hoy?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="44"/>
        <source>Not at all</source>
        <translation>Para nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="44"/>
        <source>Completely</source>
        <translation>Totalmente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="45"/>
        <source>What should we do next?</source>
        <translation>¿Qué deberíamos hacer ahora?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="46"/>
        <source>Will you come to the next meeting?</source>
        <translation>¿Vendrás a la próxima reunión?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="47"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="47"/>
        <source>Maybe</source>
        <translation>Tal vez</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="47"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="64"/>
        <source>Please choose from 1 to 5.</source>
        <translation>Elige de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="67"/>
        <source>Please keep your answer under {limit} characters.</source>
        <translation>Tu respuesta debe tener menos de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="76"/>
        <source>Please choose yes, maybe or no.</source>
        <translation>Elige sí, tal vez o no.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="80"/>
        <source>Please answer at least one question, or just leave: thank you for coming!</source>
        <translation>Responde al menos una pregunta, o simplemente vete: ¡gracias por venir!</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/feedback.py" line="87"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop).</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora).</translation>
    </message>
</context>
<context>
    <name>FeedbackWindow</name>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="44"/>
        <source>Before you go</source>
        <translation>Antes de irte</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="48"/>
        <source>Before you go…</source>
        <translation>Antes de irte…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="54"/>
        <source>Your answers are anonymous. Every question may be left out.</source>
        <translation>Tus respuestas son anónimas. Puedes dejar sin responder cualquier pregunta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="69"/>
        <source>{value} of 5</source>
        <translation>{value} de 5</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="78"/>
        <source>An idea, a wish, a worry…</source>
        <translation>Una idea, un deseo, una preocupación…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="99"/>
        <source>Your name (optional, if you want a reply)</source>
        <translation>Tu nombre (opcional, si quieres respuesta)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="100"/>
        <source>Your name (optional)</source>
        <translation>Tu nombre (opcional)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="104"/>
        <source>Choose your name</source>
        <translation>Elige tu nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="114"/>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="117"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="118"/>
        <source>Skip the questions</source>
        <translation>Saltar las preguntas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="144"/>
        <source>Thank you! Your answers help us plan the next meeting.</source>
        <translation>¡Gracias! Tus respuestas nos ayudan a planear la próxima reunión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/feedback.py" line="220"/>
        <source>Please tap your name in the list, or empty the name field.</source>
        <translation>Toca tu nombre en la lista, o vacía el campo del nombre.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../engagedesk/ui/file_dialogs.py" line="20"/>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/file_dialogs.py" line="21"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/file_dialogs.py" line="31"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="30"/>
        <source>Welcome to EngageDesk</source>
        <translation>Te damos la bienvenida a EngageDesk</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="34"/>
        <source>Let's set up this laptop. Everything stays on this computer; you can share it with other laptops later by exchanging files.</source>
        <translation>Vamos a preparar esta computadora. Todo se queda en este equipo; más adelante puedes compartirlo con otras computadoras intercambiando archivos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="40"/>
        <source>For example: Riverside Neighbours United</source>
        <translation>Por ejemplo: Vecinos Unidos de Riverside</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="41"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="47"/>
        <source>This laptop's name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="48"/>
        <source>Shown to other laptops when you share your work</source>
        <translation>Se muestra a otras computadoras cuando compartes tu trabajo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="51"/>
        <source>Start with &amp;demo data</source>
        <translation>Empezar con datos de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="53"/>
        <source>Start with demo data</source>
        <translation>Empezar con datos de demostración</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="54"/>
        <source>Made-up people, meetings and a canvass to explore. Leave it unticked to start with an empty roster.</source>
        <translation>Personas, reuniones y una campaña puerta a puerta inventadas para explorar. Déjalo sin marcar para empezar con una lista de personas vacía.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="62"/>
        <source>&amp;Organisation name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="64"/>
        <source>This &amp;laptop's name:</source>
        <translation>Nombre de esta &amp;computadora:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="72"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="73"/>
        <source>&amp;Join from a sync bundle…</source>
        <translation>&amp;Unirse desde un paquete de sincronización…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="75"/>
        <source>Join an organisation from a sync bundle</source>
        <translation>Unirse a una organización desde un paquete de sincronización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="77"/>
        <source>For a laptop joining a team: import the bundle another laptop exported</source>
        <translation>Para una computadora que se une a un equipo: importa el paquete que exportó otra computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="114"/>
        <source>the organisation's name</source>
        <translation>el nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/first_run.py" line="115"/>
        <source>a name for this laptop</source>
        <translation>un nombre para esta computadora</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="195"/>
        <source>No bundles yet. Export one to share this laptop's work, or import one.</source>
        <translation>Aún no hay paquetes. Exporta uno para compartir el trabajo de esta computadora, o importa uno.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="197"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="197"/>
        <source>In/out</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="197"/>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="197"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="198"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="199"/>
        <source>History of bundles</source>
        <translation>Historial de paquetes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="199"/>
        <source>Bundles in and out, newest first</source>
        <translation>Paquetes recibidos y enviados, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="215"/>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="215"/>
        <source>changes only</source>
        <translation>solo cambios</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="218"/>
        <source>In</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="218"/>
        <source>Out</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="219"/>
        <source>any laptop</source>
        <translation>cualquier computadora</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="74"/>
        <source>Import people from a spreadsheet</source>
        <translation>Importar personas desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="vanished">&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="91"/>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="93"/>
        <location filename="../../engagedesk/ui/import_people.py" line="253"/>
        <location filename="../../engagedesk/ui/import_people.py" line="255"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="96"/>
        <location filename="../../engagedesk/ui/import_people.py" line="257"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="97"/>
        <source>Close the import</source>
        <translation>Cerrar la importación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="118"/>
        <source>Choose a spreadsheet saved as CSV (from Excel, LibreOffice or Google Sheets: File, Save As or Download, CSV). The first row should name the columns, like First name, Last name, E-mail. Nothing is changed until the last step.</source>
        <translation>Elige una hoja de cálculo guardada como CSV (desde Excel, LibreOffice o Google Sheets: Archivo, Guardar como o Descargar, CSV). La primera fila debe nombrar las columnas, como Nombre, Apellido, Correo. No se cambia nada hasta el último paso.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="123"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="124"/>
        <source>Type the path of the CSV file, or choose it with the button</source>
        <translation>Escribe la ruta del archivo CSV, o elígelo con el botón</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="125"/>
        <source>Path of the CSV file</source>
        <translation>Ruta del archivo CSV</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="127"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="128"/>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="136"/>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="158"/>
        <source>&amp;Update matching people (same e-mail or phone) from the file</source>
        <translation>Act&amp;ualizar a las personas que coinciden (mismo correo o teléfono) desde el archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="160"/>
        <source>Off: rows with the e-mail or phone of someone already here are skipped and listed</source>
        <translation>Desmarcado: las filas con el correo o el teléfono de alguien que ya está aquí se omiten y se listan</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="161"/>
        <source>Create rows that &amp;look like someone already here</source>
        <translation>Crear filas que &amp;parecen ser alguien que ya está aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="163"/>
        <source>Off: rows with a similar name at the same address or postal code are skipped and listed; they are never merged</source>
        <translation>Desmarcado: las filas con un nombre parecido en la misma dirección o código postal se omiten y se listan; nunca se combinan</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="188"/>
        <source>The first rows as they will be stored</source>
        <translation>Las primeras filas tal como se guardarán</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="198"/>
        <source>What each row would do</source>
        <translation>Qué haría cada fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="209"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="210"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="211"/>
        <source>Cancel: nothing will be changed</source>
        <translation>Cancelar: no se cambiará nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="226"/>
        <source>What happened to each row</source>
        <translation>Qué pasó con cada fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="227"/>
        <source>&amp;Save this report…</source>
        <translation>&amp;Guardar este informe…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="228"/>
        <source>Save this report as a spreadsheet</source>
        <translation>Guardar este informe como hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="240"/>
        <source>Step 1 of 5: choose the file</source>
        <translation>Paso 1 de 5: elige el archivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="241"/>
        <source>Step 2 of 5: which field each column holds</source>
        <translation>Paso 2 de 5: qué campo contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="242"/>
        <source>Step 3 of 5: the first rows as they will be stored</source>
        <translation>Paso 3 de 5: las primeras filas tal como se guardarán</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="243"/>
        <source>Step 4 of 5: what the import would do (nothing changed yet)</source>
        <translation>Paso 4 de 5: lo que haría la importación (aún no cambió nada)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="244"/>
        <source>Step 5 of 5: importing</source>
        <translation>Paso 5 de 5: importando</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="245"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="253"/>
        <source>&amp;Next: preview</source>
        <translation>&amp;Siguiente: vista previa</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="254"/>
        <source>&amp;Next: check every row</source>
        <translation>&amp;Siguiente: revisar cada fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="255"/>
        <source>Import &amp;now</source>
        <translation>&amp;Importar ahora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="326"/>
        <source>comma-separated</source>
        <translation>separado por comas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="326"/>
        <source>semicolon-separated</source>
        <translation>separado por punto y coma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="327"/>
        <source>tab-separated</source>
        <translation>separado por tabulaciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="328"/>
        <source>{name} ({encoding}, {separated}): rows {rows}, columns {columns}.</source>
        <translation>{name} ({encoding}, {separated}): filas {rows}, columnas {columns}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="393"/>
        <source>The first rows of the file ({shown}), cleaned as they will be stored. Rows with problems (in red) will be skipped; here: {bad}. Go back to change the columns, or check every row next.</source>
        <translation>Las primeras filas del archivo ({shown}), limpias tal como se guardarán. Las filas con problemas (en rojo) se omitirán; aquí: {bad}. Vuelve atrás para cambiar las columnas, o revisa después cada fila.</translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation type="vanished">&amp;Importar ahora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="257"/>
        <source>Close without importing</source>
        <translation>Cerrar sin importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="298"/>
        <source>Type the path of the file, or press Choose file.</source>
        <translation>Escribe la ruta del archivo, o pulsa Elegir archivo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="324"/>
        <source>The columns were set as last time for a file like this one.</source>
        <translation>Las columnas se asignaron como la última vez para un archivo como este.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="325"/>
        <source>The columns were guessed from the header row; fix any that are wrong.</source>
        <translation>Las columnas se dedujeron de la fila de encabezado; corrige las que estén mal.</translation>
    </message>
    <message>
        <source>{name}: {rows} rows, {columns} columns ({encoding}, {delimiter}-separated).</source>
        <translation type="vanished">{name}: {rows} filas, {columns} columnas ({encoding}, separadas por {delimiter}).</translation>
    </message>
    <message>
        <source>{count} rows cannot be read and will be skipped (shown in the preview).</source>
        <translation type="vanished">Filas que no se pueden leer y se omitirán (se muestran en la vista previa): {count}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="343"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="349"/>
        <source>{letter}: {header}</source>
        <translation>{letter}: {header}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="350"/>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="352"/>
        <source>  (e.g. {sample})</source>
        <translation>  (p. ej. {sample})</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="355"/>
        <source>Field for column {letter}, {header}</source>
        <translation>Campo para la columna {letter}, {header}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="356"/>
        <source>no header</source>
        <translation>sin encabezado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="376"/>
        <location filename="../../engagedesk/ui/import_people.py" line="481"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="377"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="376"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="90"/>
        <source>Back (Alt+B)</source>
        <translation>Atrás (Alt+A)</translation>
    </message>
    <message>
        <source>{name} ({encoding}, {delimiter}-separated): rows {rows}, columns {columns}.</source>
        <translation type="vanished">{name} ({encoding}, separado por {delimiter}): filas {rows}, columnas {columns}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="332"/>
        <source>Rows that cannot be read and will be skipped (shown in the preview): {count}.</source>
        <translation>Filas que no se pueden leer y se omitirán (se muestran en la vista previa): {count}.</translation>
    </message>
    <message>
        <source>The first {shown} rows, cleaned as they will be stored. Rows with problems (in red) will be skipped: {bad} of these. Go back to change the columns, or check every row next.</source>
        <translation type="vanished">Las primeras {shown} filas, limpias tal como se guardarán. Las filas con problemas (en rojo) se omitirán: {bad} de estas. Vuelve atrás para cambiar las columnas, o revisa después cada fila.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="427"/>
        <source>Checking every row; nothing is changed yet…</source>
        <translation>Revisando cada fila; aún no se cambia nada…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="428"/>
        <source>Importing. Cancel leaves the database exactly as it was.</source>
        <translation>Importando. Cancelar deja la base de datos exactamente como estaba.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="455"/>
        <source>Only the same e-mail or phone was checked for people already here.</source>
        <translation>Solo se comprobó el mismo correo o teléfono para las personas que ya están aquí.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="456"/>
        <source>Press Import now to do it.</source>
        <translation>Pulsa Importar ahora para hacerlo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="468"/>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Cancelando; no se cambiará nada…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="481"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="481"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="502"/>
        <source>Report saved as {name}.</source>
        <translation>Informe guardado como {name}.</translation>
    </message>
</context>
<context>
    <name>KindBar</name>
    <message>
        <location filename="../../engagedesk/ui/notes_widgets.py" line="108"/>
        <source>{kind} (Alt+{letter})</source>
        <translation>{kind} (Alt+{letter})</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="98"/>
        <source>Sign in — {title}</source>
        <translation>Registro — {title}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="101"/>
        <source>Welcome! Please sign in</source>
        <translation>¡Bienvenido/a! Regístrate, por favor</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="113"/>
        <source>Names found</source>
        <translation>Nombres encontrados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="117"/>
        <location filename="../../engagedesk/ui/kiosk.py" line="118"/>
        <source>Type your name</source>
        <translation>Escribe tu nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="125"/>
        <location filename="../../engagedesk/ui/kiosk.py" line="127"/>
        <source>I'm new here</source>
        <translation>Soy nuevo/a aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="129"/>
        <source>Leaving? Tell us how it went</source>
        <translation>¿Te vas? Cuéntanos cómo te fue</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="131"/>
        <source>Give feedback before leaving</source>
        <translation>Dar tu opinión antes de irte</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="148"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="150"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="152"/>
        <source>E-mail (optional)</source>
        <translation>Correo (opcional)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="154"/>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="155"/>
        <source>Yes, you may contact me about future meetings</source>
        <translation>Sí, pueden contactarme sobre próximas reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="156"/>
        <source>OK to contact</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="158"/>
        <location filename="../../engagedesk/ui/kiosk.py" line="159"/>
        <source>Sign me in</source>
        <translation>Registrarme</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="161"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="162"/>
        <source>Back to the name search</source>
        <translation>Volver a la búsqueda por nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="169"/>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="170"/>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="171"/>
        <source>E-mail (optional):</source>
        <translation>Correo (opcional):</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="172"/>
        <source>Phone (optional):</source>
        <translation>Teléfono (opcional):</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="209"/>
        <source>That PIN is not right. Ask a facilitator to leave the kiosk.</source>
        <translation>Ese PIN no es correcto. Pide a un/a facilitador/a que cierre el quiosco.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="279"/>
        <source>You're already signed in, {name}. Enjoy the meeting!</source>
        <translation>Ya estás registrado/a, {name}. ¡Disfruta la reunión!</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="281"/>
        <source>Thank you, {name}! You're signed in.</source>
        <translation>¡Gracias, {name}! Ya estás registrado/a.</translation>
    </message>
</context>
<context>
    <name>LaptopsPanel</name>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="234"/>
        <source>Laptops whose bundles were imported here. "Has ours up to": the newest change made on this laptop that it had when it last sent a bundle.</source>
        <translation>Computadoras cuyos paquetes se importaron aquí. "Tiene lo nuestro hasta": el cambio más reciente hecho en esta computadora que aquella tenía la última vez que envió un paquete.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="238"/>
        <source>No other laptop yet. Import a bundle from one to see it here.</source>
        <translation>Aún no hay otras computadoras. Importa un paquete de una para verla aquí.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="240"/>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="240"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="240"/>
        <source>Last bundle from it</source>
        <translation>Su último paquete</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="241"/>
        <source>Has ours up to</source>
        <translation>Tiene lo nuestro hasta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="242"/>
        <source>Known laptops</source>
        <translation>Computadoras conocidas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="243"/>
        <source>Each laptop's name, key fingerprint and what it has seen</source>
        <translation>Nombre, huella de clave y lo que ha visto cada computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="260"/>
        <source>{name} (not accepted)</source>
        <translation>{name} (no aceptada)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_lists.py" line="262"/>
        <source>none of ours yet</source>
        <translation>nada nuestro aún</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="52"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="52"/>
        <source>The roster: everyone you work with, their consent and do-not-contact choices, and their history.</source>
        <translation>La lista de personas: todas las personas con quienes trabajas, su consentimiento, si pidieron no ser contactadas y su historial.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="53"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="53"/>
        <source>Town halls and meetings: the sign-in desk, attendance and live notes of what people said.</source>
        <translation>Asambleas y reuniones: la mesa de registro, la asistencia y las notas en vivo de lo que dijo la gente.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="54"/>
        <source>Canvassing</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="54"/>
        <source>Door-to-door campaigns: scripts, surveys, turfs, walk lists and results.</source>
        <translation>Campañas puerta a puerta: guiones, encuestas, zonas, listas de recorrido y resultados.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="55"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="55"/>
        <source>Share work with other laptops by exchanging files on a USB stick or a shared folder.</source>
        <translation>Comparte el trabajo con otras computadoras intercambiando archivos en una memoria USB o una carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="56"/>
        <source>Print &amp; reports</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="56"/>
        <source>Sign-in sheets, meeting packets, summaries and walk lists, ready to print.</source>
        <translation>Hojas de registro, carpetas de reunión, resúmenes y listas de recorrido, listos para imprimir.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="57"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="57"/>
        <source>The organisation's name, this laptop's name, language and text size.</source>
        <translation>El nombre de la organización, el de esta computadora, el idioma y el tamaño del texto.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="61"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="62"/>
        <source>Choose a screen; Ctrl+1 to Ctrl+6 jump straight to one</source>
        <translation>Elige una pantalla; Ctrl+1 a Ctrl+6 van directo a una</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="123"/>
        <source>Throwaway database (deleted when you quit)</source>
        <translation>Base de datos temporal (se borra al salir)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="124"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="124"/>
        <source>Database in memory</source>
        <translation>Base de datos en memoria</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="127"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="130"/>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="134"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="333"/>
        <source>Import the bundle exported by a laptop of your organisation.</source>
        <translation>Importa el paquete que exportó una computadora de tu organización.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="337"/>
        <source>Setting up…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/main_window.py" line="352"/>
        <source>This laptop: {name}</source>
        <translation>Esta computadora: {name}</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../engagedesk/ui/results.py" line="53"/>
        <source>Already signed in at {time}</source>
        <translation>Ya registrado/a a las {time}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/results.py" line="56"/>
        <source>1 meeting in this series</source>
        <translation>1 reunión de esta serie</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/results.py" line="58"/>
        <source>{count} meetings in this series</source>
        <translation>{count} reuniones de esta serie</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/results.py" line="60"/>
        <source>Signed in tonight</source>
        <translation>Registrado/a hoy</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/results.py" line="62"/>
        <source>On the roster</source>
        <translation>En la lista de personas</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="87"/>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="87"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="97"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="98"/>
        <source>For example: Riverside Town Hall #5</source>
        <translation>Por ejemplo: Asamblea de Riverside n.º 5</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="105"/>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="108"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="107"/>
        <source>Meetings of one series are compared in attendance; pick an existing one or type a new name</source>
        <translation>Las reuniones de una misma serie se comparan en la asistencia; elige una existente o escribe un nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="110"/>
        <source>None: a one-off meeting</source>
        <translation>Ninguna: una reunión única</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="119"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="120"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="127"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="128"/>
        <source>For example: Riverside Library, Community Room</source>
        <translation>Por ejemplo: Biblioteca de Riverside, Sala Comunitaria</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="132"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="138"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="139"/>
        <source>Se&amp;ries:</source>
        <translation>Se&amp;rie:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="140"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="141"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="142"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="143"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="148"/>
        <source>Agenda items, in order</source>
        <translation>Puntos de la agenda, en orden</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="150"/>
        <source>Alt+Up and Alt+Down move the chosen item; Delete removes it</source>
        <translation>Alt+Flecha arriba y Alt+Flecha abajo mueven el punto elegido; Supr lo quita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="157"/>
        <source>Agenda item title</source>
        <translation>Título del punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="162"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="163"/>
        <source>Agenda item minutes</source>
        <translation>Minutos del punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="167"/>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="168"/>
        <source>Add an agenda item</source>
        <translation>Añadir un punto a la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="170"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="171"/>
        <source>Remove the chosen item (Delete)</source>
        <translation>Quitar el punto elegido (Supr)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="172"/>
        <source>Remove the chosen agenda item</source>
        <translation>Quitar el punto de la agenda elegido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="174"/>
        <source>↑ Up</source>
        <translation>↑ Subir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="175"/>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="176"/>
        <source>Move the chosen agenda item up</source>
        <translation>Subir el punto de la agenda elegido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="177"/>
        <source>Alt+Up</source>
        <translation>Alt+Flecha arriba</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="179"/>
        <source>↓ Down</source>
        <translation>↓ Bajar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="180"/>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="181"/>
        <source>Move the chosen agenda item down</source>
        <translation>Bajar el punto de la agenda elegido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="182"/>
        <source>Alt+Down</source>
        <translation>Alt+Flecha abajo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="186"/>
        <source>Agenda length</source>
        <translation>Duración de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="188"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="189"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="191"/>
        <source>Item t&amp;itle:</source>
        <translation>&amp;Nombre del punto:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="193"/>
        <source>Min&amp;utes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="216"/>
        <source>Find a facilitator by name</source>
        <translation>Buscar un/a facilitador/a por nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="217"/>
        <source>Type a name, then pick</source>
        <translation>Escribe un nombre y elige</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="226"/>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="230"/>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="241"/>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="242"/>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="231"/>
        <source>Delete removes the chosen facilitator</source>
        <translation>Supr quita al facilitador/a elegido/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="237"/>
        <source>Rem&amp;ove facilitator</source>
        <translation>Q&amp;uitar facilitador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="238"/>
        <source>Remove the chosen facilitator (Delete)</source>
        <translation>Quitar al facilitador/a elegido/a (Supr)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="239"/>
        <source>Remove the chosen facilitator</source>
        <translation>Quitar al facilitador/a elegido/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="244"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="254"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="255"/>
        <source>Save the meeting</source>
        <translation>Guardar la reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="258"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="259"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="301"/>
        <source>Year, month, day, hour and minute: type over them, or use Up and Down</source>
        <translation>Año, mes, día, hora y minuto: escribe encima o usa Arriba y Abajo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="339"/>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="340"/>
        <source>{n}. {title} — {minutes} min</source>
        <translation>{n}. {title} — {minutes} min</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meeting_editor.py" line="367"/>
        <source>Items: {n} · in all {minutes} min</source>
        <translation>Puntos: {n} · en total {minutes} min</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../engagedesk/services/meetings.py" line="61"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop). Your changes were not saved; create it again if needed.</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora). Tus cambios no se guardaron; créala de nuevo si hace falta.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="51"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="51"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="51"/>
        <source>Signed in</source>
        <translation>Registradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="123"/>
        <source>Series: {series}</source>
        <translation>Serie: {series}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="129"/>
        <source>past</source>
        <translation>pasada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="131"/>
        <source>on now</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="134"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="136"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="137"/>
        <source>in {days} days</source>
        <translation>en {days} días</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="243"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="247"/>
        <source>How many meetings</source>
        <translation>Cuántas reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="253"/>
        <source>Meetings, upcoming first, then past</source>
        <translation>Reuniones, primero las próximas y luego las pasadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="255"/>
        <source>Enter opens the sign-in desk; F2 edits; Ctrl+A shows attendance; Ctrl+N plans a new meeting</source>
        <translation>Intro abre la mesa de registro; F2 edita; Ctrl+A muestra la asistencia; Ctrl+N planea una reunión nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="276"/>
        <source>No meetings yet. Press Ctrl+N to plan the first one.</source>
        <translation>Aún no hay reuniones. Pulsa Ctrl+N para planear la primera.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="280"/>
        <source>New meeting (Ctrl+N)</source>
        <translation>Nueva reunión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="280"/>
        <source>Plan a new meeting</source>
        <translation>Planear una reunión nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="282"/>
        <source>Edit (F2)</source>
        <translation>Editar (F2)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="282"/>
        <source>Edit the chosen meeting</source>
        <translation>Editar la reunión elegida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="284"/>
        <source>Attendance (Ctrl+A)</source>
        <translation>Asistencia (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="285"/>
        <source>Attendance of the chosen meeting</source>
        <translation>Asistencia de la reunión elegida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="286"/>
        <source>Open sign-in desk (Enter)</source>
        <translation>Mesa de registro (Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="287"/>
        <source>Open the sign-in desk of the chosen meeting</source>
        <translation>Abrir la mesa de registro de la reunión elegida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="289"/>
        <source>Live notes (Ctrl+L)</source>
        <translation>Notas en vivo (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="290"/>
        <source>Take notes of the chosen meeting as people speak</source>
        <translation>Tomar notas de la reunión elegida mientras la gente habla</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="291"/>
        <source>Summary (Ctrl+U)</source>
        <translation>Resumen (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/meetings.py" line="292"/>
        <source>The summary of the chosen meeting</source>
        <translation>El resumen de la reunión elegida</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engagedesk/ui/meetings.py" line="362"/>
        <source>%n upcoming</source>
        <translation>
            <numerusform>%n próxima</numerusform>
            <numerusform>%n próximas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../engagedesk/ui/meetings.py" line="363"/>
        <source>%n past</source>
        <translation>
            <numerusform>%n pasada</numerusform>
            <numerusform>%n pasadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../engagedesk/services/merge.py" line="48"/>
        <source>One of these two people is no longer in the roster (deleted, merged or erased, perhaps on another laptop). Nothing was merged; search for them again.</source>
        <translation>Una de estas dos personas ya no está en la lista de personas (eliminada, combinada o borrada, quizá en otra computadora). No se combinó nada; búscalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/merge.py" line="70"/>
        <source>"{field}" is not a field that can be chosen in a merge. Choose among: {fields}.</source>
        <translation>"{field}" no es un campo que se pueda elegir al combinar. Elige entre: {fields}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/merge.py" line="73"/>
        <source>Choose "survivor" or "merged" for {field}, not "{choice}".</source>
        <translation>Elige "survivor" o "merged" para {field}, no "{choice}".</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/merge.py" line="109"/>
        <source>A person cannot be merged with themselves. Choose two different people.</source>
        <translation>No se puede combinar a una persona consigo misma. Elige dos personas distintas.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="387"/>
        <source>Compare and merge</source>
        <translation>Comparar y combinar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="392"/>
        <source>Choose, for each highlighted field, the value to keep: Left or 1 for the first record, Right or 2 for the second. Everything both records have (meetings, notes, knocks, answers) is kept. The first record keeps its id; the second will point to it.</source>
        <translation>Elige, para cada campo resaltado, el valor que se conserva: Izquierda o 1 para la primera ficha, Derecha o 2 para la segunda. Se conserva todo lo que tienen ambas fichas (reuniones, notas, visitas, respuestas). La primera ficha conserva su id; la segunda apuntará a ella.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="399"/>
        <source>Fields of the two records</source>
        <translation>Campos de las dos fichas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="401"/>
        <source>Up and Down move between fields; Left or 1 keeps the first record's value, Right or 2 the second's.</source>
        <translation>Arriba y Abajo se mueven entre campos; Izquierda o 1 conserva el valor de la primera ficha, Derecha o 2 el de la segunda.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="415"/>
        <source>&amp;Merge… (Ctrl+Enter)</source>
        <translation>&amp;Combinar… (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="416"/>
        <source>Merge the two records</source>
        <translation>Combinar las dos fichas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="418"/>
        <source>&amp;Not the same person (Ctrl+N)</source>
        <translation>&amp;No es la misma persona (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="419"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="420"/>
        <source>Remembered: this pair is not proposed again.</source>
        <translation>Anotado: este par no se volverá a proponer.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="422"/>
        <source>&amp;Swap records (Ctrl+S)</source>
        <translation>&amp;Intercambiar fichas (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="423"/>
        <source>Swap the records</source>
        <translation>Intercambiar las fichas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="424"/>
        <source>Record 1 keeps its id; swapping makes the other one stay.</source>
        <translation>La ficha 1 conserva su id; al intercambiarlas, se queda la otra.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="426"/>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="427"/>
        <source>Cancel: nothing is merged</source>
        <translation>Cancelar: no se combina nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="441"/>
        <source>&amp;Yes, merge them (Enter)</source>
        <translation>&amp;Sí, combinarlas (Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="443"/>
        <source>Yes, merge them</source>
        <translation>Sí, combinarlas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="445"/>
        <source>&amp;Go back (Esc)</source>
        <translation>&amp;Volver (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="446"/>
        <source>Go back: nothing is merged</source>
        <translation>Volver: no se combina nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="506"/>
        <source>Record {number}: {name}</source>
        <translation>Ficha {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="506"/>
        <location filename="../../engagedesk/ui/duplicates.py" line="599"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="509"/>
        <source>Meetings attended</source>
        <translation>Reuniones a las que asistió</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="509"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="510"/>
        <source>Knocks answered</source>
        <translation>Visitas respondidas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="510"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="517"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="517"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="525"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="555"/>
        <source>{value}, kept</source>
        <translation>{value}, se conserva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="555"/>
        <location filename="../../engagedesk/ui/duplicates.py" line="556"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="556"/>
        <source>{value}, not kept</source>
        <translation>{value}, no se conserva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="597"/>
        <source>Merge record 2 ({second}) into record 1 ({first})? Everything of both is kept; this reaches other laptops with the next sync.</source>
        <translation>¿Combinar la ficha 2 ({second}) con la ficha 1 ({first})? Se conserva todo lo de ambas; esto llega a las demás computadoras con la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="649"/>
        <source>Merge history</source>
        <translation>Historial de combinaciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="653"/>
        <source>Merges, newest first</source>
        <translation>Combinaciones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="654"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="654"/>
        <source>Merged record</source>
        <translation>Ficha combinada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="654"/>
        <source>Merged into</source>
        <translation>Combinada con</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="655"/>
        <source>What moved</source>
        <translation>Qué se movió</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="665"/>
        <source>No merges yet.</source>
        <translation>Aún no hay combinaciones.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="666"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="667"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="677"/>
        <source>check-ins</source>
        <translation>registros de entrada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="677"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="677"/>
        <source>action items</source>
        <translation>tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="678"/>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="678"/>
        <source>feedback sheets</source>
        <translation>hojas de opinión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="679"/>
        <source>meetings facilitated</source>
        <translation>reuniones facilitadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="680"/>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="682"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="688"/>
        <location filename="../../engagedesk/ui/duplicates.py" line="689"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../engagedesk/services/actions.py" line="149"/>
        <source>former participant</source>
        <translation>antiguo/a participante</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="42"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="43"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="44"/>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="45"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="46"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="47"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="48"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="43"/>
        <source>unnamed participant</source>
        <translation>persona anónima</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="223"/>
        <source>A theme is a few words; “{start}…” is too long. Please keep it under {limit} characters.</source>
        <translation>Un tema son unas pocas palabras; “{start}…” es demasiado largo. Debe tener menos de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="232"/>
        <source>A note can have at most {limit} themes.</source>
        <translation>Una nota puede tener {limit} temas como máximo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="293"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop).</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="347"/>
        <source>The note is empty, so it was not saved. Type what was said, then press Enter.</source>
        <translation>La nota está vacía, así que no se guardó. Escribe lo que se dijo y pulsa Intro.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="349"/>
        <source>This note is too long: {length} characters. Please split it into notes of {limit} or fewer.</source>
        <translation>Esta nota es demasiado larga: {length} caracteres. Divídela en notas de {limit} o menos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="353"/>
        <source>That agenda item is no longer on this meeting's agenda. Please choose another.</source>
        <translation>Ese punto ya no está en la agenda de esta reunión. Elige otro.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="358"/>
        <source>That person is no longer on the roster. Choose someone else or an unnamed participant.</source>
        <translation>Esa persona ya no está en la lista de personas. Elige a otra o deja a una persona anónima.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="382"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="387"/>
        <location filename="../../engagedesk/services/notes.py" line="391"/>
        <source>This note was deleted meanwhile, so it cannot be changed.</source>
        <translation>Esta nota se eliminó mientras tanto, así que no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="396"/>
        <source>Note changed.</source>
        <translation>Nota cambiada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="401"/>
        <source>This note was already deleted.</source>
        <translation>Esta nota ya estaba eliminada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="407"/>
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation>Nota eliminada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="412"/>
        <source>This note was deleted meanwhile.</source>
        <translation>Esta nota se eliminó mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="414"/>
        <source>Only questions can be marked answered.</source>
        <translation>Solo las preguntas se pueden marcar como respondidas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="419"/>
        <source>Question marked answered.</source>
        <translation>Pregunta marcada como respondida.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="419"/>
        <source>Question marked not answered yet.</source>
        <translation>Pregunta marcada como aún sin respuesta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="433"/>
        <source>Nothing to undo: that note is gone already.</source>
        <translation>Nada que deshacer: esa nota ya no está.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="438"/>
        <source>Undone: the note is taken back.</source>
        <translation>Deshecho: la nota se retiró.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="444"/>
        <source>Undone: the note is back.</source>
        <translation>Deshecho: la nota volvió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="448"/>
        <source>Nothing to undo: that note was deleted meanwhile.</source>
        <translation>Nada que deshacer: esa nota se eliminó mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/notes.py" line="452"/>
        <source>Undone: the note is as it was.</source>
        <translation>Deshecho: la nota quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="79"/>
        <source>← Meetings</source>
        <translation>← Reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="80"/>
        <source>Back to meetings</source>
        <translation>Volver a las reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="89"/>
        <source>Summary…</source>
        <translation>Resumen…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="90"/>
        <source>Show the meeting summary</source>
        <translation>Mostrar el resumen de la reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="97"/>
        <source>unnamed participant</source>
        <translation>persona anónima</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="100"/>
        <source>Speaker (Alt+S)</source>
        <translation>Orador/a (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="104"/>
        <source>Nobody signed in is called “{name}”. Choose from the list, or empty the field for an unnamed participant.</source>
        <translation>Nadie registrado se llama “{name}”. Elige de la lista, o vacía el campo para una persona anónima.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="108"/>
        <source>Agenda item now (Alt+Right next, Alt+Left back)</source>
        <translation>Punto actual de la agenda (Alt+Derecha siguiente, Alt+Izquierda anterior)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="116"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="117"/>
        <source>Type what is said, then Enter. Shift+Enter starts a new line.</source>
        <translation>Escribe lo que se dice y pulsa Intro. Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="130"/>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="131"/>
        <location filename="../../engagedesk/ui/notes.py" line="685"/>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="142"/>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="144"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="148"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="164"/>
        <source>Timeline (Alt+L)</source>
        <translation>Cronología (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="193"/>
        <source>Find words… (Alt+F)</source>
        <translation>Buscar… (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="195"/>
        <source>Find words in notes (Alt+F)</source>
        <translation>Buscar palabras en las notas (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="196"/>
        <source>Show only this kind</source>
        <translation>Mostrar solo este tipo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="197"/>
        <source>Show only this theme</source>
        <translation>Mostrar solo este tema</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="198"/>
        <source>Show only this speaker</source>
        <translation>Mostrar solo este/a orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="199"/>
        <source>Show only this agenda item</source>
        <translation>Mostrar solo este punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="200"/>
        <source>All kinds</source>
        <translation>Todo tipo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="214"/>
        <source>The chosen note in full</source>
        <translation>La nota elegida completa</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="217"/>
        <source>Edit (F2)</source>
        <translation>Editar (F2)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="219"/>
        <source>Delete (Del)</source>
        <translation>Eliminar (Supr)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="221"/>
        <location filename="../../engagedesk/ui/notes.py" line="652"/>
        <source>Answered (Ctrl+K)</source>
        <translation>Respondida (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="222"/>
        <source>Mark the chosen question answered, or not answered</source>
        <translation>Marcar la pregunta elegida como respondida o sin responder</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="224"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="230"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="606"/>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="606"/>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="608"/>
        <source>{shown} of 1 note shown</source>
        <translation>Se muestra {shown} de 1 nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="609"/>
        <source>{shown} of {n} notes shown</source>
        <translation>Se muestran {shown} de {n} notas</translation>
    </message>
    <message>
        <source>Actions and voices heard</source>
        <translation type="vanished">Tareas y voces escuchadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="265"/>
        <source>Actions</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="266"/>
        <source>Voices heard</source>
        <translation>Voces escuchadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="267"/>
        <source>Action items (Ctrl+Shift+A)</source>
        <translation>Tareas (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="268"/>
        <source>Who has spoken, who has not yet (Ctrl+Shift+V)</source>
        <translation>Quién ha hablado y quién aún no (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="387"/>
        <source>Notes: {title}</source>
        <translation>Notas: {title}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="392"/>
        <location filename="../../engagedesk/ui/notes.py" line="401"/>
        <source>No agenda item</source>
        <translation>Sin punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="398"/>
        <source>All agenda items</source>
        <translation>Toda la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="415"/>
        <source>Your unsaved note is back, as you left it.</source>
        <translation>Tu nota sin guardar volvió, tal como la dejaste.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="447"/>
        <source>Agenda item now: {item}</source>
        <translation>Punto actual de la agenda: {item}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="573"/>
        <source>All themes</source>
        <translation>Todo tema</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="574"/>
        <source>All speakers</source>
        <translation>Todo orador</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="vanished">
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} notes shown</source>
        <translation type="vanished">Se muestran {shown} de {total} notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="636"/>
        <source>Choose a note in the timeline to read it in full here.</source>
        <translation>Elige una nota en la cronología para leerla completa aquí.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="650"/>
        <source>Not answered (Ctrl+K)</source>
        <translation>Sin responder (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="677"/>
        <source>Changing the note from {time}. Enter saves the change; Esc leaves it as it was.</source>
        <translation>Cambiando la nota de las {time}. Intro guarda el cambio; Esc la deja como estaba.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="679"/>
        <source>Save change (Enter)</source>
        <translation>Guardar cambio (Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="696"/>
        <source>Change left out; the note is as it was.</source>
        <translation>Cambio descartado; la nota quedó como estaba.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes.py" line="732"/>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="41"/>
        <source>contacted</source>
        <translation>contactado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="42"/>
        <source>not home</source>
        <translation>no estaba</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="43"/>
        <source>refused</source>
        <translation>rechazó</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="44"/>
        <source>moved</source>
        <translation>se mudó</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="45"/>
        <source>wrong address</source>
        <translation>dirección incorrecta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="46"/>
        <source>inaccessible</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="47"/>
        <source>come back later</source>
        <translation>volver más tarde</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="48"/>
        <source>language barrier</source>
        <translation>barrera de idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/canvassing.py" line="49"/>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="55"/>
        <source>How likely</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="55"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="55"/>
        <source>Possibly the same as</source>
        <translation>Quizá la misma que</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="55"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="91"/>
        <location filename="../../engagedesk/ui/duplicates.py" line="93"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>PaperSignIn</name>
    <message>
        <location filename="../../engagedesk/services/paper_signin.py" line="94"/>
        <source>This meeting is no longer on this laptop. Choose another meeting.</source>
        <translation>Esta reunión ya no está en esta computadora. Elige otra reunión.</translation>
    </message>
</context>
<context>
    <name>PaperSignInDialog</name>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="48"/>
        <location filename="../../engagedesk/ui/paper_signin.py" line="51"/>
        <source>Key in a paper sign-in sheet</source>
        <translation>Pasar una hoja de registro en papel</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="54"/>
        <source>Type a row's number or the code printed at its end, then Enter to tick it. Space ticks the row picked in the list. Ctrl+N adds someone who wrote on a blank row. Ctrl+Enter records the ticks.</source>
        <translation>Escribe el número de una fila o el código impreso al final y pulsa Intro para marcarla. Espacio marca la fila elegida en la lista. Ctrl+N añade a alguien que escribió en una fila en blanco. Ctrl+Intro guarda las marcas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="62"/>
        <location filename="../../engagedesk/ui/paper_signin.py" line="63"/>
        <source>Row number or code</source>
        <translation>Número de fila o código</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="64"/>
        <source>Enter ticks the row found; Down goes to the list</source>
        <translation>Intro marca la fila encontrada; Abajo va a la lista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="67"/>
        <source>&amp;Row or code:</source>
        <translation>&amp;Fila o código:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="72"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="76"/>
        <source>Rows of the sheet</source>
        <translation>Filas de la hoja</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="77"/>
        <source>Space ticks or unticks the row; Up and Down move</source>
        <translation>Espacio marca o desmarca la fila; Arriba y Abajo se mueven</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="78"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="78"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="78"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="78"/>
        <source>Ticked</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="92"/>
        <source>Record ticks (Ctrl+Enter)</source>
        <translation>Guardar marcas (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="93"/>
        <source>Record the ticked rows as signed in</source>
        <translation>Registrar las filas marcadas como presentes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="95"/>
        <source>Written on a blank row… (Ctrl+N)</source>
        <translation>Escrito en una fila en blanco… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="96"/>
        <source>Add someone who wrote their name on a blank row</source>
        <translation>Añadir a alguien que escribió su nombre en una fila en blanco</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="98"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="99"/>
        <source>Close, asking first if ticks are not recorded</source>
        <translation>Cerrar, preguntando antes si hay marcas sin guardar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="123"/>
        <source>Add and mark signed in (Ctrl+Enter)</source>
        <translation>Añadir y marcar como registrado/a (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="124"/>
        <source>Back to the rows (Esc)</source>
        <translation>Volver a las filas (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="152"/>
        <source>Key in the paper sign-in sheet of {title}</source>
        <translation>Pasar la hoja de registro en papel de {title}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="174"/>
        <source>Nobody was printed on this meeting's sheet: add the people written on its blank rows with Ctrl+N.</source>
        <translation>No se imprimió a nadie en la hoja de esta reunión: añade a las personas escritas en sus filas en blanco con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="179"/>
        <source>Already signed in</source>
        <translation>Ya registrado/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="180"/>
        <source>✔ Ticked</source>
        <translation>✔ Marcada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="184"/>
        <source>Ticked here: {ticked} · Already signed in: {already} of {total} rows · Added from blank rows: {added}</source>
        <translation>Marcadas aquí: {ticked} · Ya registradas: {already} de {total} filas · Añadidas de filas en blanco: {added}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="200"/>
        <source>No row has the number or code “{typed}”. Check the paper and type it again.</source>
        <translation>Ninguna fila tiene el número o código “{typed}”. Revisa el papel y escríbelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="205"/>
        <source>Row {number}: {name}. Enter ticks it.</source>
        <translation>Fila {number}: {name}. Intro la marca.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="208"/>
        <source>{count} codes start like that: type more of the code.</source>
        <translation>{count} códigos empiezan así: escribe más del código.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="224"/>
        <source>Row {number}: {name} is already signed in.</source>
        <translation>Fila {number}: {name} ya está registrado/a.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="229"/>
        <source>Row {number}: {name} unticked.</source>
        <translation>Fila {number}: {name} desmarcada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="232"/>
        <source>Row {number}: {name} ticked.</source>
        <translation>Fila {number}: {name} marcada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="263"/>
        <source>Recorded: {n} signed in.</source>
        <translation>Guardado: {n} registradas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="263"/>
        <source>Recorded: 1 signed in.</source>
        <translation>Guardado: 1 registrada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="265"/>
        <source>1 was already signed in.</source>
        <translation>1 ya estaba registrada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="266"/>
        <source>{n} were already signed in.</source>
        <translation>Ya estaban registradas: {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="268"/>
        <source>1 is no longer on the roster and was left out.</source>
        <translation>1 ya no está en la lista de personas y se dejó fuera.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="269"/>
        <source>{n} are no longer on the roster and were left out.</source>
        <translation>Ya no están en la lista de personas y se dejaron fuera: {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="307"/>
        <source>{name} added and signed in.</source>
        <translation>{name} se añadió y quedó registrado/a.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="321"/>
        <source>{name} is not printed on the sheet; they are ticked and will be recorded with the others.</source>
        <translation>{name} no está impreso/a en la hoja; queda marcado/a y se guardará con los demás.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="342"/>
        <location filename="../../engagedesk/ui/paper_signin.py" line="348"/>
        <source>Record the ticks?</source>
        <translation>¿Guardar las marcas?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="343"/>
        <source>1 ticked row is not recorded yet. Record it before closing?</source>
        <translation>Hay 1 fila marcada sin guardar. ¿Guardarla antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/paper_signin.py" line="344"/>
        <source>{n} ticked rows are not recorded yet. Record them before closing?</source>
        <translation>Hay filas marcadas sin guardar: {n}. ¿Guardarlas antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../engagedesk/services/people.py" line="36"/>
        <source>This person is no longer in the roster (deleted, perhaps on another laptop). Your changes were not saved; add them as a new person if needed.</source>
        <translation>Esta persona ya no está en la lista de personas (eliminada, quizá en otra computadora). Tus cambios no se guardaron; añádela como persona nueva si hace falta.</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="329"/>
        <location filename="../../engagedesk/ui/people.py" line="340"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="344"/>
        <source>How many people are listed</source>
        <translation>Cuántas personas hay en la lista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="346"/>
        <source>New person (Ctrl+N)</source>
        <translation>Persona nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="348"/>
        <source>Add a new person</source>
        <translation>Añadir una persona nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="350"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="351"/>
        <source>Import people from a spreadsheet (Ctrl+I)</source>
        <translation>Importar personas desde una hoja de cálculo (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="352"/>
        <source>Import people from a CSV file (Ctrl+I)</source>
        <translation>Importar personas desde un archivo CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="354"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="355"/>
        <source>Export people to a spreadsheet (Ctrl+E)</source>
        <translation>Exportar personas a una hoja de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="356"/>
        <source>Save people as CSV or Excel (Ctrl+E)</source>
        <translation>Guardar personas como CSV o Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="358"/>
        <source>Duplicates…</source>
        <translation>Duplicados…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="359"/>
        <source>Find and merge duplicate people (Ctrl+Shift+D)</source>
        <translation>Buscar y combinar personas duplicadas (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="360"/>
        <source>Find people entered twice and merge them (Ctrl+Shift+D)</source>
        <translation>Buscar personas ingresadas dos veces y combinarlas (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="366"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="369"/>
        <source>Roster</source>
        <translation>Lista de personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="370"/>
        <source>Enter opens the chosen person; Ctrl+N adds a new one</source>
        <translation>Intro abre la persona elegida; Ctrl+N añade una nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="395"/>
        <source>Search by name, e-mail, phone or street</source>
        <translation>Buscar por nombre, correo, teléfono o calle</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="396"/>
        <source>Search the roster</source>
        <translation>Buscar en la lista de personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="397"/>
        <source>Results follow each key; Up and Down choose, Enter opens</source>
        <translation>Los resultados siguen cada tecla; Arriba y Abajo eligen, Intro abre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="401"/>
        <source>Search hint</source>
        <translation>Ayuda de búsqueda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="402"/>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="406"/>
        <source>Unsaved changes kept</source>
        <translation>Cambios sin guardar conservados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="542"/>
        <source>Nobody found. Check the spelling, try part of the name, or press Ctrl+N to add them.</source>
        <translation>Nadie encontrado. Revisa la ortografía, prueba parte del nombre o pulsa Ctrl+N para añadirla.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="545"/>
        <source>Too many to sort by name; keep typing to narrow down.</source>
        <translation>Demasiadas para ordenar; sigue escribiendo para acotar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="557"/>
        <source>The roster is empty. Press Ctrl+N to add the first person.</source>
        <translation>La lista de personas está vacía. Pulsa Ctrl+N para añadir a la primera persona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="575"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="576"/>
        <source>{count} people</source>
        <translation>{count} personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="579"/>
        <source>{count} found</source>
        <translation>{count} encontradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="579"/>
        <source>1 found</source>
        <translation>1 encontrada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="595"/>
        <source>This person is no longer on the roster (deleted, perhaps on another laptop). The list was brought up to date.</source>
        <translation>Esta persona ya no está en la lista de personas (eliminada, quizá en otra computadora). La lista se actualizó.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="629"/>
        <source>a new person</source>
        <translation>una persona nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="629"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="640"/>
        <source>Unsaved changes kept for: {names}. Open them again to save or discard (Ctrl+N for a new person).</source>
        <translation>Cambios sin guardar conservados para: {names}. Ábrelos de nuevo para guardarlos o descartarlos (Ctrl+N para una persona nueva).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="665"/>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="706"/>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="67"/>
        <source>Form status</source>
        <translation>Estado del formulario</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="75"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="75"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="76"/>
        <source>P&amp;referred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="76"/>
        <source>Pro&amp;nouns</source>
        <translation>Pronom&amp;bres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="77"/>
        <source>E-&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="77"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="78"/>
        <source>N&amp;umber</source>
        <translation>Nú&amp;mero</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="78"/>
        <source>S&amp;treet</source>
        <translation>Call&amp;e</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="78"/>
        <source>Un&amp;it or apartment</source>
        <translation>&amp;Unidad o departamento</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="79"/>
        <source>Cit&amp;y</source>
        <translation>Ciu&amp;dad</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="79"/>
        <source>Postal &amp;code</source>
        <translation>Código p&amp;ostal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="80"/>
        <source>R&amp;eason they gave</source>
        <translation>Moti&amp;vo que dio</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="87"/>
        <source>Up to {limit} characters</source>
        <translation>Hasta {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="101"/>
        <source>Language name</source>
        <translation>Nombre del idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="102"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="110"/>
        <source>N&amp;otes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="114"/>
        <source>OK to contact them &amp;about meetings and news</source>
        <translation>Se puede contactar sobre &amp;reuniones y novedades</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="114"/>
        <source>OK to contact</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="115"/>
        <source>&amp;Do not contact</source>
        <translation>No contac&amp;tar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="115"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="116"/>
        <source>OK to show them in p&amp;hotos</source>
        <translation>Se puede mostrar en &amp;fotos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="116"/>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="117"/>
        <source>OK to &amp;quote what they say</source>
        <translation>Se puede citar lo &amp;que dice</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="117"/>
        <source>Quote consent</source>
        <translation>Consentimiento para citas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="126"/>
        <source>They asked not to be contacted; the date is recorded when you save</source>
        <translation>Pidió que no la contacten; la fecha se registra al guardar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="130"/>
        <source>Do not contact since</source>
        <translation>No contactar desde</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="132"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="133"/>
        <source>Save this person</source>
        <translation>Guardar esta persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="136"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="137"/>
        <source>Discard the changes typed in this form</source>
        <translation>Descartar los cambios escritos en este formulario</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="139"/>
        <source>Back to the list (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="140"/>
        <source>Back to the list, keeping what was typed</source>
        <translation>Volver a la lista, conservando lo escrito</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="171"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="174"/>
        <source>How to reach them</source>
        <translation>Cómo contactarla</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="178"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="182"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="255"/>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="283"/>
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="285"/>
        <source>Edit: {name}</source>
        <translation>Editar: {name}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="285"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="288"/>
        <source>Asked not to be contacted on {date}.</source>
        <translation>Pidió no ser contactada el {date}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="290"/>
        <source>The date is recorded when you save.</source>
        <translation>La fecha se registra al guardar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="364"/>
        <source>Please fix what is marked in red; nothing was saved yet.</source>
        <translation>Corrige lo marcado en rojo; aún no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="392"/>
        <source>These are your unsaved changes from before. Save them, or Discard.</source>
        <translation>Estos son tus cambios sin guardar de antes. Guárdalos o descártalos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="394"/>
        <source>Unsaved changes. Ctrl+S saves; Esc goes back to the list and keeps them.</source>
        <translation>Cambios sin guardar. Ctrl+S guarda; Esc vuelve a la lista y los conserva.</translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="443"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="447"/>
        <source>History summary</source>
        <translation>Resumen del historial</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="450"/>
        <source>History: meetings, notes and door knocks</source>
        <translation>Historial: reuniones, notas y visitas puerta a puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="466"/>
        <source>A new person has no history yet.</source>
        <translation>Una persona nueva aún no tiene historial.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="468"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="468"/>
        <source>Spoke</source>
        <translation>Habló</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="468"/>
        <source>Door knock</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="471"/>
        <source>No meetings, notes or door knocks yet.</source>
        <translation>Aún no hay reuniones, notas ni visitas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="474"/>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="474"/>
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="475"/>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="475"/>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="476"/>
        <source>1 door knock</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/person_form.py" line="476"/>
        <source>{n} door knocks</source>
        <translation>{n} visitas</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="41"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="45"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="49"/>
        <source>PIN again</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="54"/>
        <source>Choose a PIN of at least 4 digits. You will need it to leave the kiosk.</source>
        <translation>Elige un PIN de al menos 4 dígitos. Lo necesitarás para salir del quiosco.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="57"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="59"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Repite el PIN:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="75"/>
        <source>The PIN must be at least 4 digits.</source>
        <translation>El PIN debe tener al menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/kiosk.py" line="78"/>
        <source>The two PINs are not the same. Please type them again.</source>
        <translation>Los dos PIN no son iguales. Escríbelos de nuevo.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="129"/>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="131"/>
        <source>Nothing has changed yet. This is what importing would do.</source>
        <translation>Aún no ha cambiado nada. Esto es lo que haría la importación.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="132"/>
        <source>Bundles skipped</source>
        <translation>Paquetes omitidos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="150"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="154"/>
        <source>Passphrase of the protected bundles</source>
        <translation>Frase de contraseña de los paquetes protegidos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="156"/>
        <source>&amp;Open with this passphrase</source>
        <translation>&amp;Abrir con esta frase</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="158"/>
        <source>Open the protected bundles with this passphrase</source>
        <translation>Abrir los paquetes protegidos con esta frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="165"/>
        <source>What still needs your choice</source>
        <translation>Lo que aún necesita tu decisión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="168"/>
        <source>Import the bundles shown</source>
        <translation>Importar los paquetes mostrados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="170"/>
        <source>&amp;Do not import (Esc)</source>
        <translation>&amp;No importar (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="172"/>
        <source>Close the preview without importing</source>
        <translation>Cerrar la vista previa sin importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="200"/>
        <source>I checked: &amp;accept “{laptop}”</source>
        <translation>Lo revisé: a&amp;ceptar “{laptop}”</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="202"/>
        <source>Accept the laptop “{laptop}” with fingerprint {fingerprint}</source>
        <translation>Aceptar la computadora “{laptop}” con la huella {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="219"/>
        <source>1 bundle already imported</source>
        <translation>1 paquete ya importado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="220"/>
        <source>{count} bundles already imported</source>
        <translation>{count} paquetes ya importados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engagedesk/ui/sync_preview.py" line="222"/>
        <source>%n made on this laptop</source>
        <translation>
            <numerusform>%n hecho en esta computadora</numerusform>
            <numerusform>%n hechos en esta computadora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="223"/>
        <source>Skipped: {what}.</source>
        <translation>Omitidos: {what}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="247"/>
        <source>&amp;Import this bundle (Ctrl+Enter)</source>
        <translation>&amp;Importar este paquete (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="249"/>
        <source>&amp;Import {count} bundles (Ctrl+Enter)</source>
        <translation>&amp;Importar {count} paquetes (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="251"/>
        <source>&amp;Import (nothing ready)</source>
        <translation>&amp;Importar (nada listo)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="255"/>
        <source>1 bundle waits for your choice above; it is not imported until then.</source>
        <translation>1 paquete espera tu decisión arriba; no se importa hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_preview.py" line="256"/>
        <source>{count} bundles wait for your choice above; they are not imported until then.</source>
        <translation>{count} paquetes esperan tu decisión arriba; no se importan hasta entonces.</translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="78"/>
        <source>Print &amp; reports</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="82"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="83"/>
        <source>Up and Down choose a document; Tab goes to its options</source>
        <translation>Arriba y Abajo eligen un documento; Tab va a sus opciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="85"/>
        <source>Expected people, or blank rows</source>
        <translation>Personas esperadas, o filas en blanco</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="86"/>
        <source>Agenda, open actions, sign-in sheet</source>
        <translation>Agenda, tareas abiertas, hoja de registro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="87"/>
        <source>Attendance, themes, decisions</source>
        <translation>Asistencia, temas, decisiones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="88"/>
        <source>Doors of a turf in walking order</source>
        <translation>Puertas de una zona en orden de recorrido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="89"/>
        <source>Outcomes and answers, with charts</source>
        <translation>Resultados y respuestas, con gráficos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="104"/>
        <source>What the document is about</source>
        <translation>De qué trata el documento</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="110"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="111"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="112"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="116"/>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="117"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="118"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="119"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="123"/>
        <source>Blank rows</source>
        <translation>Filas en blanco</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="127"/>
        <source>Pages for notes</source>
        <translation>Páginas para notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="128"/>
        <source>Whole e-mail and phone</source>
        <translation>Correo y teléfono completos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="129"/>
        <source>Otherwise only enough is printed for people to know their own (jo•••@example.org): the sheet goes round the room.</source>
        <translation>Si no, solo se imprime lo suficiente para que cada quien reconozca los suyos (jo•••@example.org): la hoja pasa por toda la sala.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="150"/>
        <source>&amp;About:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="154"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="158"/>
        <source>Blank &amp;rows:</source>
        <translation>&amp;Filas en blanco:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="159"/>
        <source>&amp;Note pages:</source>
        <translation>Páginas de &amp;notas:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="160"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="166"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Imprimir… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="167"/>
        <source>Print the document</source>
        <translation>Imprimir el documento</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="169"/>
        <source>Save PDF… (Ctrl+S)</source>
        <translation>Guardar PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="170"/>
        <source>Save the document as a PDF file</source>
        <translation>Guardar el documento como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="172"/>
        <source>Key in a filled sheet… (Ctrl+K)</source>
        <translation>Pasar una hoja llena… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="173"/>
        <source>Key in a filled-in paper sign-in sheet</source>
        <translation>Pasar una hoja de registro en papel ya llena</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="174"/>
        <source>Tick the rows people ticked on paper, add those who wrote on blank rows</source>
        <translation>Marca las filas que la gente marcó en papel y añade a quienes escribieron en filas en blanco</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="180"/>
        <source>Making the document</source>
        <translation>Preparando el documento</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="182"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="183"/>
        <source>Stop making the document</source>
        <translation>Dejar de preparar el documento</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="189"/>
        <source>What the document is</source>
        <translation>Qué documento es</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="195"/>
        <source>Laying out page {n}…</source>
        <translation>Componiendo la página {n}…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="204"/>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="352"/>
        <source>No meeting: a blank sheet</source>
        <translation>Sin reunión: una hoja en blanco</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="366"/>
        <source>There are no meetings yet: add one on the Meetings screen.</source>
        <translation>Aún no hay reuniones: añade una en la pantalla Reuniones.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="367"/>
        <source>There are no turfs yet: make them on the Canvassing screen.</source>
        <translation>Aún no hay zonas: hazlas en la pantalla Recorridos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="368"/>
        <source>There are no campaigns yet: start one on the Canvassing screen.</source>
        <translation>Aún no hay campañas: empieza una en la pantalla Recorridos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="433"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="438"/>
        <source>Laying out…</source>
        <translation>Componiendo…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="444"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="480"/>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="484"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="484"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="486"/>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="486"/>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="488"/>
        <source>No preview here (it needs poppler's pdftoppm): save the PDF to see it.</source>
        <translation>No hay vista previa aquí (necesita pdftoppm de poppler): guarda el PDF para verlo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="494"/>
        <source>…and {n} more (all of them print)</source>
        <translation>…y {n} más (se imprimen todas)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="514"/>
        <location filename="../../engagedesk/ui/print_screen.py" line="534"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="537"/>
        <source>Printing from EngageDesk needs poppler's pdftoppm, which is not installed. Save the PDF and print it from your PDF viewer.</source>
        <translation>Para imprimir desde EngageDesk hace falta pdftoppm de poppler, que no está instalado. Guarda el PDF e imprímelo desde tu visor de PDF.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="540"/>
        <source>Sending to the printer…</source>
        <translation>Enviando a la impresora…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="548"/>
        <source>Sent 1 page to the printer.</source>
        <translation>Se envió 1 página a la impresora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="549"/>
        <source>Sent {n} pages to the printer.</source>
        <translation>Se enviaron {n} páginas a la impresora.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../engagedesk/printing/base.py" line="252"/>
        <source>Generated {when} with EngageDesk</source>
        <translation>Generado el {when} con EngageDesk</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/base.py" line="256"/>
        <source>Page {n} of {m}</source>
        <translation>Página {n} de {m}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="66"/>
        <source>doors in turfs</source>
        <translation>puertas en zonas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="67"/>
        <source>doors knocked</source>
        <translation>puertas visitadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="68"/>
        <source>doors with a conversation</source>
        <translation>puertas con conversación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="69"/>
        <source>knocks in all</source>
        <translation>visitas en total</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="76"/>
        <source>No doors have been knocked in this campaign yet.</source>
        <translation>Aún no se ha visitado ninguna puerta en esta campaña.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="78"/>
        <source>Outcomes at the door</source>
        <translation>Resultados en la puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="83"/>
        <source>By turf</source>
        <translation>Por zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="84"/>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="84"/>
        <source>Canvasser</source>
        <translation>Brigadista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="84"/>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="84"/>
        <source>Knocked</source>
        <translation>Visitadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="84"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="97"/>
        <source>Doors with a conversation, per turf</source>
        <translation>Puertas con conversación, por zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="102"/>
        <source>{n} answered</source>
        <translation>{n} respondieron</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="102"/>
        <source>1 answered</source>
        <translation>1 respondió</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="108"/>
        <source>No answers yet.</source>
        <translation>Aún no hay respuestas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/canvass.py" line="113"/>
        <location filename="../../engagedesk/services/printing.py" line="57"/>
        <source>Canvass summary</source>
        <translation>Resumen puerta a puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="49"/>
        <source>Facilitated by {names}</source>
        <translation>Facilitado por {names}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="52"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="54"/>
        <source>No agenda yet.</source>
        <translation>Aún no hay agenda.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="72"/>
        <source>Open action items from earlier meetings</source>
        <translation>Tareas abiertas de reuniones anteriores</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="76"/>
        <source>None: every earlier action item is done, or this is the first meeting.</source>
        <translation>Ninguna: todas las tareas anteriores están hechas, o esta es la primera reunión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="81"/>
        <source>Last meeting</source>
        <translation>Última reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="87"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/packet.py" line="92"/>
        <location filename="../../engagedesk/services/printing.py" line="55"/>
        <source>Meeting packet</source>
        <translation>Carpeta de la reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="28"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="28"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="29"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="29"/>
        <source>OK to contact?</source>
        <translation>¿Avisos?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="30"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="30"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="296"/>
        <source>Find your name and tick the box; if it is not here, please write it on a blank row.</source>
        <translation>Busca tu nombre y marca la casilla; si no está, escríbelo en una fila en blanco.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="298"/>
        <source>Find your name and tick the box.</source>
        <translation>Busca tu nombre y marca la casilla.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="299"/>
        <source>Please write your name on a row. Tick “OK to contact?” if we may tell you about what comes next.</source>
        <translation>Escribe tu nombre en una fila. Marca “¿Avisos?” si podemos avisarte de lo que viene.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="303"/>
        <source>No rows were asked for.</source>
        <translation>No se pidieron filas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="313"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/signin.py" line="346"/>
        <location filename="../../engagedesk/services/printing.py" line="55"/>
        <location filename="../../engagedesk/services/printing.py" line="195"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de registro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="94"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="94"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="94"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="94"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="94"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="97"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="97"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="97"/>
        <source>Dropped</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="101"/>
        <source>from {meeting}</source>
        <translation>de {meeting}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="110"/>
        <source>people came</source>
        <translation>personas vinieron</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="110"/>
        <source>first time</source>
        <translation>primera vez</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="111"/>
        <source>came back</source>
        <translation>volvieron</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="112"/>
        <source>voices heard</source>
        <translation>voces escuchadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="137"/>
        <source>{n} signed up at the door</source>
        <translation>{n} se inscribieron en la puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="137"/>
        <source>1 signed up at the door</source>
        <translation>1 se inscribió en la puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>speaker</source>
        <translation>orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>speakers</source>
        <translation>oradores</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>volunteer</source>
        <translation>voluntario/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>volunteers</source>
        <translation>voluntarios</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>facilitator</source>
        <translation>facilitador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>facilitators</source>
        <translation>facilitadores</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>staff member</source>
        <translation>miembro del personal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="140"/>
        <source>staff members</source>
        <translation>miembros del personal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="145"/>
        <source>1 volunteer hour</source>
        <translation>1 hora de voluntariado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="145"/>
        <source>{n} volunteer hours</source>
        <translation>{n} horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="189"/>
        <source>1 person spoke.</source>
        <translation>Habló 1 persona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="189"/>
        <source>{n} different people spoke.</source>
        <translation>Hablaron {n} personas distintas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="190"/>
        <source>1 note was taken</source>
        <translation>Se tomó 1 nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="190"/>
        <source>{n} notes were taken</source>
        <translation>Se tomaron {n} notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 comment</source>
        <translation>1 comentario</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} comments</source>
        <translation>{n} comentarios</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} questions</source>
        <translation>{n} preguntas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 concern</source>
        <translation>1 inquietud</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} concerns</source>
        <translation>{n} inquietudes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 idea</source>
        <translation>1 idea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} ideas</source>
        <translation>{n} ideas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 quote</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} quotes</source>
        <translation>{n} citas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 decision</source>
        <translation>1 decisión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} decisions</source>
        <translation>{n} decisiones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>1 action</source>
        <translation>1 tarea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="197"/>
        <source>{n} actions</source>
        <translation>{n} tareas</translation>
    </message>
    <message>
        <source>{h:g} volunteer hours</source>
        <translation type="vanished">{h:g} horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="151"/>
        <source>Nobody is signed in to this meeting yet.</source>
        <translation>Aún no hay nadie registrado en esta reunión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="153"/>
        <source>What people talked about</source>
        <translation>De qué habló la gente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="157"/>
        <source>Notes tagged with each theme (a note can have several).</source>
        <translation>Notas etiquetadas con cada tema (una nota puede tener varios).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="159"/>
        <source>No themes were noted.</source>
        <translation>No se anotaron temas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="161"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="166"/>
        <source>No decisions were noted.</source>
        <translation>No se anotaron decisiones.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="168"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="172"/>
        <source>No action items were noted.</source>
        <translation>No se anotaron tareas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="174"/>
        <source>Questions still to answer</source>
        <translation>Preguntas aún sin responder</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="181"/>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="186"/>
        <source>Voices heard</source>
        <translation>Voces escuchadas</translation>
    </message>
    <message>
        <source>{speakers} different people spoke; {notes} notes were taken</source>
        <translation type="vanished">Hablaron {speakers} personas distintas; se tomaron {notes} notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="192"/>
        <source>; {share:.0%} of what named people said came from people at their first meeting</source>
        <translation>; el {share:.0%} de lo que dijeron las personas con nombre vino de personas en su primera reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="195"/>
        <source>; 1 person who signed in was not heard from</source>
        <translation>; 1 persona registrada no tomó la palabra</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="196"/>
        <source>; {n} people who signed in were not heard from</source>
        <translation>; {n} personas registradas no tomaron la palabra</translation>
    </message>
    <message>
        <source>comments</source>
        <translation type="vanished">comentarios</translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="vanished">preguntas</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation type="vanished">inquietudes</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation type="vanished">ideas</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="vanished">citas</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation type="vanished">decisiones</translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="vanished">tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="204"/>
        <source>No notes were taken at this meeting.</source>
        <translation>No se tomaron notas en esta reunión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="206"/>
        <source>Feedback at the door</source>
        <translation>Opiniones a la salida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/summary.py" line="212"/>
        <location filename="../../engagedesk/services/printing.py" line="56"/>
        <source>Meeting summary</source>
        <translation>Resumen de la reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="78"/>
        <source>Outcome codes</source>
        <translation>Códigos de resultado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="89"/>
        <source>Questions and answer codes</source>
        <translation>Preguntas y códigos de respuesta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="91"/>
        <source>write the answer</source>
        <translation>escribe la respuesta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="102"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="102"/>
        <source>Who lives there</source>
        <translation>Quién vive ahí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="102"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="102"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="110"/>
        <source>no one on file</source>
        <translation>nadie registrado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="113"/>
        <source>last visit: {what}</source>
        <translation>última visita: {what}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="138"/>
        <source>Canvasser: {name}</source>
        <translation>Brigadista: {name}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="141"/>
        <source>{doors} on {streets}.</source>
        <translation>{doors} en {streets}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="141"/>
        <source>1 door</source>
        <translation>1 puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="141"/>
        <source>{n} doors</source>
        <translation>{n} puertas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="142"/>
        <source>1 street</source>
        <translation>1 calle</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="142"/>
        <source>{n} streets</source>
        <translation>{n} calles</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="145"/>
        <source>1 door left out (do not contact)</source>
        <translation>1 puerta omitida (no contactar)</translation>
    </message>
    <message>
        <source>{doors} doors on {streets} streets.</source>
        <translation type="vanished">{doors} puertas en {streets} calles.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="146"/>
        <source>{n} doors left out (do not contact)</source>
        <translation>{n} puertas omitidas (no contactar)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="148"/>
        <source>1 person left out (asked not to be contacted)</source>
        <translation>1 persona omitida (pidió no ser contactada)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="149"/>
        <source>{n} people left out (asked not to be contacted)</source>
        <translation>{n} personas omitidas (pidieron no ser contactadas)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="155"/>
        <source>Script: key points</source>
        <translation>Guion: puntos clave</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="163"/>
        <source>This turf has no doors to knock yet.</source>
        <translation>Esta zona aún no tiene puertas que visitar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="170"/>
        <source>odd numbers</source>
        <translation>números impares</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="170"/>
        <source>even numbers</source>
        <translation>números pares</translation>
    </message>
    <message>
        <location filename="../../engagedesk/printing/walklist.py" line="180"/>
        <location filename="../../engagedesk/services/printing.py" line="56"/>
        <source>Walk list</source>
        <translation>Lista de recorrido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="143"/>
        <source>There is no meeting with the id {id}. `engagedesk list meetings` shows the ids.</source>
        <translation>No hay ninguna reunión con el id {id}. `engagedesk list meetings` muestra los id.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="163"/>
        <source>The number of blank rows must be between 0 and {n}.</source>
        <translation>El número de filas en blanco debe estar entre 0 y {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="196"/>
        <source>Date: ______________</source>
        <translation>Fecha: ______________</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="196"/>
        <source>Place: ______________</source>
        <translation>Lugar: ______________</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="225"/>
        <source>{n} feedback cards.</source>
        <translation>{n} tarjetas de opinión.</translation>
    </message>
    <message>
        <source>Felt heard: {avg:.1f} out of 5 on average.</source>
        <translation type="vanished">Se sintieron escuchados: {avg:.1f} de 5 en promedio.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="225"/>
        <source>1 feedback card.</source>
        <translation>1 tarjeta de opinión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="227"/>
        <source>Felt heard: {avg} out of 5 on average.</source>
        <translation>Se sintieron escuchados: {avg} de 5 en promedio.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="279"/>
        <source>Note pages must be between 0 and {n}.</source>
        <translation>Las páginas de notas deben estar entre 0 y {n}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="334"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="334"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="358"/>
        <source>There is no turf with the id {id}. `engagedesk list turfs` shows the ids.</source>
        <translation>No hay ninguna zona con el id {id}. `engagedesk list turfs` muestra los id.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="371"/>
        <source>(no street)</source>
        <translation>(sin calle)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="411"/>
        <source>There is no campaign with the id {id}. `engagedesk list campaigns` shows the ids.</source>
        <translation>No hay ninguna campaña con el id {id}. `engagedesk list campaigns` muestra los id.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="415"/>
        <source>(removed from the survey)</source>
        <translation>(quitada de la encuesta)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="449"/>
        <source>Choose what the document is about first.</source>
        <translation>Primero elige de qué trata el documento.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="463"/>
        <source>{path} is a folder. Give a file name, for example {path}/sheet.pdf.</source>
        <translation>{path} es una carpeta. Indica un nombre de archivo, por ejemplo {path}/sheet.pdf.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="466"/>
        <source>The folder {folder} does not exist. Create it or choose another place.</source>
        <translation>La carpeta {folder} no existe. Créala o elige otro lugar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="468"/>
        <source>Cannot write to {path}: permission denied. Choose another folder.</source>
        <translation>No se puede escribir en {path}: permiso denegado. Elige otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/printing.py" line="486"/>
        <source>Could not save {path}: {reason}. Choose another place.</source>
        <translation>No se pudo guardar {path}: {reason}. Elige otro lugar.</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <location filename="../../engagedesk/ui/print_screen.py" line="555"/>
        <source>The printer could not be opened. Check that it is switched on, or save the PDF instead.</source>
        <translation>No se pudo abrir la impresora. Comprueba que está encendida, o guarda el PDF.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="101"/>
        <source>same e-mail</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="102"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="103"/>
        <source>similar name, same address</source>
        <translation>nombre parecido, misma dirección</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="104"/>
        <source>similar name, same postal code</source>
        <translation>nombre parecido, mismo código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="105"/>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="107"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="337"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="337"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="338"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="338"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="339"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="339"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="339"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="340"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="340"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="341"/>
        <source>May be contacted</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="341"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="342"/>
        <source>Do not contact since</source>
        <translation>No contactar desde</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="343"/>
        <source>Do-not-contact reason</source>
        <translation>Motivo de no contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="344"/>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/duplicates.py" line="344"/>
        <source>Quote consent</source>
        <translation>Consentimiento para citas</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../../engagedesk/ui/canvassing.py" line="34"/>
        <source>Import addresses</source>
        <translation>Importar direcciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="40"/>
        <source>Choose the spreadsheet to import</source>
        <translation>Elige la hoja de cálculo que quieres importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="41"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="46"/>
        <source>Save the import report as</source>
        <translation>Guardar el informe de importación como</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/import_people.py" line="47"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="24"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="24"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/export_dialog.py" line="25"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="122"/>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="123"/>
        <source>Doors knocked</source>
        <translation>Visitadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="124"/>
        <source>Contact rate</source>
        <translation>% de contacto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="125"/>
        <source>Knocks</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="126"/>
        <source>Doors left</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="127"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="142"/>
        <source>Outcomes (knocks)</source>
        <translation>Resultados (visitas)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="146"/>
        <source> (removed from the script)</source>
        <translation> (quitada del guion)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="147"/>
        <source>— {n} answered</source>
        <translation>— {n} respondieron</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="147"/>
        <source>— 1 answered</source>
        <translation>— 1 respondió</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="157"/>
        <source>Knocks per canvasser</source>
        <translation>Visitas por brigadista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="160"/>
        <source>{name}: {knocked} of {doors} doors of their turfs knocked, {knocks}, {contacted}</source>
        <translation>{name}: {knocked} de {doors} puertas de sus zonas visitadas, {knocks}, {contacted}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="163"/>
        <source>1 knock</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="163"/>
        <source>{n} knocks</source>
        <translation>{n} visitas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="164"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_results.py" line="164"/>
        <source>{n} contacts</source>
        <translation>{n} contactos</translation>
    </message>
    <message>
        <source>{name}: {knocked} of {doors} doors of their turfs knocked, {knocks} knocks, {contacted} contacts</source>
        <translation type="vanished">{name}: {knocked} de {doors} puertas de sus zonas visitadas, {knocks} visitas, {contacted} contactos</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="240"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="240"/>
        <source>Came</source>
        <translation>Vino</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="240"/>
        <source>Last came</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="271"/>
        <source>{times} of {held}</source>
        <translation>{times} de {held}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="83"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="83"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="83"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="83"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="84"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="206"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="227"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="238"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="240"/>
        <source>OK to contact</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="245"/>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="246"/>
        <source>Asked not to be contacted on {date}.</source>
        <translation>Pidió no ser contactada el {date}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="248"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/people.py" line="255"/>
        <source>Goes by {name}</source>
        <translation>Se hace llamar {name}</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../engagedesk/ui/widgets.py" line="41"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="41"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="44"/>
        <source>This laptop's name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="45"/>
        <source>Shown to other laptops when you share your work</source>
        <translation>Se muestra a otras computadoras cuando compartes tu trabajo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="48"/>
        <source>This laptop's fingerprint</source>
        <translation>Huella de esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="52"/>
        <source>In memory</source>
        <translation>En memoria</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="55"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="56"/>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="68"/>
        <source>&amp;Organisation name:</source>
        <translation>Nombre de la &amp;organización:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="69"/>
        <source>This &amp;laptop's name:</source>
        <translation>Nombre de esta &amp;computadora:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="71"/>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="72"/>
        <source>Database file:</source>
        <translation>Archivo de la base de datos:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="88"/>
        <source>On this laptop</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="90"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="94"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="95"/>
        <source>The language of the program and of what it prints; it changes the next time the program starts</source>
        <translation>El idioma del programa y de lo que imprime; cambia la próxima vez que se inicie el programa</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="99"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="101"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="102"/>
        <source>Makes all the text of the program larger; applied at once</source>
        <translation>Agranda todo el texto del programa; se aplica al instante</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="103"/>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;Alto contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="105"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="106"/>
        <source>White text on black, with yellow for focus; applied at once</source>
        <translation>Texto blanco sobre negro, con amarillo para el foco; se aplica al instante</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="116"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="118"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="130"/>
        <source>Saved. The program will follow the system's language the next time you start it.</source>
        <translation>Guardado. El programa usará el idioma del sistema la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="132"/>
        <source>Saved. The program will be in {language} the next time you start it.</source>
        <translation>Guardado. El programa estará en {language} la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="141"/>
        <source>Saved and applied.</source>
        <translation>Guardado y aplicado.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/settings.py" line="164"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../engagedesk/services/organisation.py" line="28"/>
        <source>the organisation's name</source>
        <translation>el nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/services/organisation.py" line="30"/>
        <location filename="../../engagedesk/services/organisation.py" line="44"/>
        <source>a name for this laptop</source>
        <translation>un nombre para esta computadora</translation>
    </message>
</context>
<context>
    <name>SpreadsheetOut</name>
    <message>
        <location filename="../../engagedesk/io/spreadsheet_out.py" line="46"/>
        <source>{name}: exports are written as .csv or .xlsx; end the file name with one of them.</source>
        <translation>{name}: las exportaciones se escriben como .csv o .xlsx; termina el nombre del archivo con una de ellas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/spreadsheet_out.py" line="58"/>
        <source>The folder {folder} does not exist. Choose another place to save.</source>
        <translation>La carpeta {folder} no existe. Elige otro lugar para guardar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/spreadsheet_out.py" line="63"/>
        <source>Cannot write in {folder}: {why}. Choose another place to save.</source>
        <translation>No se puede escribir en {folder}: {why}. Elige otro lugar para guardar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/io/spreadsheet_out.py" line="74"/>
        <source>Cannot write {name}: {why}. Choose another place to save.</source>
        <translation>No se puede escribir {name}: {why}. Elige otro lugar para guardar.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../engagedesk/store/errors.py" line="24"/>
        <source>{file} is not an EngageDesk database. Choose another file, or give a new file name to start a new database. The file has not been changed.</source>
        <translation>{file} no es una base de datos de EngageDesk. Elige otro archivo, o indica un nombre nuevo para empezar una base de datos nueva. El archivo no se cambió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/errors.py" line="32"/>
        <source>{file} is damaged and cannot be opened. It has not been changed. Open the latest copy in {backups}, or start a new database and import a sync bundle from another laptop.</source>
        <translation>{file} está dañado y no se puede abrir. No se cambió. Abre la copia más reciente en {backups}, o empieza una base de datos nueva e importa un paquete de sincronización de otra computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/errors.py" line="40"/>
        <source>EngageDesk cannot write to {file} or its folder. Copy the file to a folder you can write to (your Documents, for example) and open the copy.</source>
        <translation>EngageDesk no puede escribir en {file} ni en su carpeta. Copia el archivo a una carpeta donde puedas escribir (tus Documentos, por ejemplo) y abre la copia.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/errors.py" line="48"/>
        <source>{file} is already open in another EngageDesk window or program. Switch to that window, or close it and try again.</source>
        <translation>{file} ya está abierto en otra ventana o programa de EngageDesk. Cambia a esa ventana, o ciérrala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/errors.py" line="56"/>
        <source>{file} was made by a newer version of EngageDesk (database version {found}; this version understands up to {known}). Install the newer version to open it. The file has not been changed.</source>
        <translation>{file} se hizo con una versión más nueva de EngageDesk (versión de base de datos {found}; esta versión entiende hasta la {known}). Instala la versión más nueva para abrirlo. El archivo no se cambió.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/store/errors.py" line="67"/>
        <source>There is no database at {file}. Check the name, or run 'engagedesk demo --db {file}' to make one.</source>
        <translation>No hay ninguna base de datos en {file}. Revisa el nombre, o ejecuta 'engagedesk demo --db {file}' para crear una.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../engagedesk/services/summary.py" line="91"/>
        <source>This meeting no longer exists (it may have been deleted on another laptop).</source>
        <translation>Esta reunión ya no existe (quizá se eliminó en otra computadora).</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="126"/>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="127"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="129"/>
        <source>Export notes…</source>
        <translation>Exportar notas…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="130"/>
        <source>Export this meeting's notes or action items (Ctrl+E)</source>
        <translation>Exportar las notas o tareas de esta reunión (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="156"/>
        <location filename="../../engagedesk/ui/summary.py" line="250"/>
        <location filename="../../engagedesk/ui/summary.py" line="252"/>
        <source>Top themes</source>
        <translation>Temas principales</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="158"/>
        <location filename="../../engagedesk/ui/summary.py" line="302"/>
        <source>Did you feel heard? Answers from 1 to 5</source>
        <translation>¿Te sentiste escuchado/a? Respuestas de 1 a 5</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="185"/>
        <source>Summary: {title}</source>
        <translation>Resumen: {title}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="203"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="204"/>
        <source>No decisions recorded.</source>
        <translation>No se registraron decisiones.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="206"/>
        <source>What people said</source>
        <translation>Lo que dijo la gente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="207"/>
        <source>No quotes recorded.</source>
        <translation>No se registraron citas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="209"/>
        <source>Questions still open</source>
        <translation>Preguntas aún abiertas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="210"/>
        <source>No open questions.</source>
        <translation>No hay preguntas abiertas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="210"/>
        <source>Every question was answered.</source>
        <translation>Se respondieron todas las preguntas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="226"/>
        <source>Who came</source>
        <translation>Quién vino</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="229"/>
        <source>signed in</source>
        <translation>registradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="230"/>
        <source>new</source>
        <translation>nuevas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="231"/>
        <source>returning</source>
        <translation>recurrentes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="232"/>
        <source>walk-ins</source>
        <translation>sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="239"/>
        <source>By role: {roles}</source>
        <translation>Por rol: {roles}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="240"/>
        <source>1 person spoke.</source>
        <translation>Habló 1 persona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="240"/>
        <source>{n} people spoke.</source>
        <translation>Hablaron {n} personas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="241"/>
        <source>1 person who signed in was not heard.</source>
        <translation>1 persona registrada no tomó la palabra.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="242"/>
        <source>{n} people who signed in were not heard.</source>
        <translation>{n} personas registradas no tomaron la palabra.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="257"/>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="257"/>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <source>{spoken} people spoke; {quiet} signed in were not heard.</source>
        <translation type="vanished">Hablaron {spoken} personas; {quiet} registradas no tomaron la palabra.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="244"/>
        <source>First-time attendees made {share:.0%} of the named contributions.</source>
        <translation>Quienes venían por primera vez hicieron el {share:.0%} de las intervenciones con nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="vanished">
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="262"/>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="264"/>
        <source>No action items.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="267"/>
        <source>no owner yet</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="269"/>
        <source>due {date}</source>
        <translation>fecha límite {date}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="271"/>
        <source>done here</source>
        <translation>hecha aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="272"/>
        <source>dropped here</source>
        <translation>anulada aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="274"/>
        <source>from {meeting}</source>
        <translation>de {meeting}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="291"/>
        <source>Exit feedback</source>
        <translation>Opiniones a la salida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="293"/>
        <source>Nobody has answered the exit questions yet.</source>
        <translation>Nadie ha respondido aún las preguntas de salida.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="297"/>
        <source>felt heard</source>
        <translation>se sintieron escuchados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="298"/>
        <source>answered</source>
        <translation>respondieron</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="299"/>
        <source>will come again</source>
        <translation>volverán</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="303"/>
        <source>{score} of 5</source>
        <translation>{score} de 5</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="307"/>
        <source>Coming again: yes {yes} · maybe {maybe} · no {no}</source>
        <translation>¿Volverán?: sí {yes} · tal vez {maybe} · no {no}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/summary.py" line="310"/>
        <source>What should we do next?</source>
        <translation>¿Qué deberíamos hacer ahora?</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="39"/>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="40"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="40"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="51"/>
        <source>This bundle comes from a laptop not yet accepted here: "{name}", fingerprint {fp}. Check the fingerprint on that laptop (Sync screen), then accept it once (or use --trust {fp}). Nothing was changed.</source>
        <translation>Este paquete viene de una computadora aún no aceptada aquí: "{name}", huella {fp}. Comprueba la huella en esa computadora (pantalla Sincronizar) y luego acéptala una vez (o usa --trust {fp}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="61"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="66"/>
        <source>This bundle belongs to another organisation ("{theirs}"), not "{ours}". It was not imported. Import it only into that organisation's database.</source>
        <translation>Este paquete pertenece a otra organización ("{theirs}"), no a "{ours}". No se importó. Impórtalo solo en la base de datos de esa organización.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="107"/>
        <source>Set up the organisation first: there is nothing to share yet.</source>
        <translation>Primero configura la organización: aún no hay nada que compartir.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="142"/>
        <source>Cannot write to {folder}: {reason}. Choose another folder or drive.</source>
        <translation>No se puede escribir en {folder}: {reason}. Elige otra carpeta u otra unidad.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="161"/>
        <source>Writing {file} failed: {reason}. Nothing was lost here; try another drive.</source>
        <translation>Falló la escritura de {file}: {reason}. Aquí no se perdió nada; prueba con otra unidad.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="164"/>
        <source>{file} did not read back the same as it was written. The drive may be failing; try another one.</source>
        <translation>{file} no se leyó igual a como se escribió. Puede que la unidad esté fallando; prueba con otra.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="185"/>
        <source>Already imported from {name}: nothing changed.</source>
        <translation>Ya importado de {name}: no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="187"/>
        <source>{verb} from {name}: new {new}, updated {updated}, conflicts {conflicts}, deletions {deletions}, erasures {erasures}.</source>
        <translation>{verb} de {name}: nuevos {new}, actualizados {updated}, conflictos {conflicts}, eliminaciones {deletions}, borrados {erasures}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="189"/>
        <source>Would import</source>
        <translation>Se importaría</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="189"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="192"/>
        <source>Some earlier changes seem to be missing; ask {name} for a full export.</source>
        <translation>Parece que faltan cambios anteriores; pide a {name} una exportación completa.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="231"/>
        <source>This file is damaged (its header is unreadable). Nothing was changed. Ask for a new bundle.</source>
        <translation>Este archivo está dañado (no se puede leer su encabezado). No se cambió nada. Pide un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="257"/>
        <source>This bundle holds a change that cannot be right ({why}). It was refused and nothing was changed.</source>
        <translation>Este paquete contiene un cambio que no puede ser correcto ({why}). Se rechazó y no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="266"/>
        <source>a malformed entry</source>
        <translation>una entrada mal formada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="269"/>
        <source>an unknown kind of record</source>
        <translation>un tipo de registro desconocido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="271"/>
        <source>a bad record id</source>
        <translation>un id de registro incorrecto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="273"/>
        <source>a bad clock</source>
        <translation>un reloj incorrecto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="281"/>
        <source>an unknown field</source>
        <translation>un campo desconocido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="284"/>
        <location filename="../../engagedesk/sync/service.py" line="290"/>
        <source>a field over a million characters</source>
        <translation>un campo de más de un millón de caracteres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="286"/>
        <location filename="../../engagedesk/sync/service.py" line="288"/>
        <source>a value of the wrong kind</source>
        <translation>un valor del tipo equivocado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="293"/>
        <location filename="../../engagedesk/sync/service.py" line="295"/>
        <source>a bad field clock</source>
        <translation>un reloj de campo incorrecto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="299"/>
        <source>the same record twice with different contents</source>
        <translation>el mismo registro dos veces con contenido distinto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="319"/>
        <source>This file is damaged (its source is unreadable). Ask for a new bundle.</source>
        <translation>Este archivo está dañado (no se puede leer su origen). Pide un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="328"/>
        <source>This bundle was made on this laptop; there is nothing to import from it.</source>
        <translation>Este paquete se hizo en esta computadora; no hay nada que importar de él.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="330"/>
        <source>This bundle claims to come from "{name}" but is signed with a different key than before. It was refused. Check with that laptop's owner.</source>
        <translation>Este paquete dice venir de "{name}" pero está firmado con una clave distinta a la de antes. Se rechazó. Consúltalo con quien usa esa computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="379"/>
        <source>This bundle holds data that does not fit this database (a value it does not accept, or a link to a record it does not have). It was refused and nothing was changed.</source>
        <translation>Este paquete contiene datos que no encajan en esta base de datos (un valor que no acepta, o un vínculo a un registro que no tiene). Se rechazó y no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="420"/>
        <source>This conflict is no longer listed.</source>
        <translation>Este conflicto ya no aparece en la lista.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/sync/service.py" line="430"/>
        <source>The record this conflict is about was deleted, so the value cannot be restored.</source>
        <translation>Se eliminó el registro al que se refiere este conflicto, así que no se puede restaurar el valor.</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../engagedesk/ui/sync_dialogs.py" line="18"/>
        <source>EngageDesk bundles (*.edsync);;All files (*)</source>
        <translation>Paquetes de EngageDesk (*.edsync);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_dialogs.py" line="23"/>
        <source>Choose bundles to import</source>
        <translation>Elige los paquetes que quieres importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_dialogs.py" line="30"/>
        <source>Save the bundle as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_dialogs.py" line="39"/>
        <source>Choose the sync folder (USB stick or shared folder)</source>
        <translation>Elige la carpeta de sincronización (memoria USB o carpeta compartida)</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../../engagedesk/services/sync_settings.py" line="53"/>
        <source>The sync folder {folder} cannot be read ({reason}). Is the USB stick plugged in, or the shared folder reachable?</source>
        <translation>No se puede leer la carpeta de sincronización {folder} ({reason}). ¿Está conectada la memoria USB o se puede acceder a la carpeta compartida?</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="78"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="88"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="90"/>
        <source>This laptop's name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="91"/>
        <source>This laptop's key fingerprint</source>
        <translation>Huella de clave de esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="95"/>
        <source>Another laptop shows this fingerprint the first time it imports a bundle from here: check that they match.</source>
        <translation>Otra computadora muestra esta huella la primera vez que importa un paquete de aquí: comprueba que coincidan.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="106"/>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="111"/>
        <source>Sync sections</source>
        <translation>Secciones de sincronización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="130"/>
        <source>&amp;Export and import</source>
        <translation>&amp;Exportar e importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="131"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="350"/>
        <source>Co&amp;nflicts</source>
        <translation>Co&amp;nflictos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="132"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="133"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="353"/>
        <source>&amp;Laptops</source>
        <translation>Co&amp;mputadoras</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="164"/>
        <source>Sync folder:</source>
        <translation>Carpeta de sincronización:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="166"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="167"/>
        <source>Chan&amp;ge…</source>
        <translation>C&amp;ambiar…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="169"/>
        <source>Choose the sync folder (USB stick or shared folder)</source>
        <translation>Elige la carpeta de sincronización (memoria USB o carpeta compartida)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="179"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="183"/>
        <source>Which laptop the bundle is for</source>
        <translation>Para qué computadora es el paquete</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="184"/>
        <source>The sync f&amp;older</source>
        <translation>La ca&amp;rpeta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="185"/>
        <source>Write the bundle to the sync folder</source>
        <translation>Escribir el paquete en la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="186"/>
        <source>A file I &amp;choose</source>
        <translation>Un archivo que eli&amp;jo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="187"/>
        <source>Write the bundle to a file I choose</source>
        <translation>Escribir el paquete en un archivo que yo elija</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="200"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="201"/>
        <source>Passphrase to protect the bundle (optional)</source>
        <translation>Frase de contraseña para proteger el paquete (opcional)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="205"/>
        <source>The passphrase again</source>
        <translation>La frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="207"/>
        <source>Problem with the passphrase</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="210"/>
        <source>E&amp;xport (Ctrl+E)</source>
        <translation>E&amp;xportar (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="212"/>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="218"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="218"/>
        <source>&amp;Write to:</source>
        <translation>E&amp;scribir en:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="219"/>
        <source>&amp;Passphrase:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="219"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="227"/>
        <source>“Everything” always works. For one laptop, only what it has not seen yet goes: a smaller file. A passphrase protects the file if it could be lost; tell it to the other laptop's user in person.</source>
        <translation>“Todo” siempre funciona. Para una sola computadora, solo va lo que aún no ha visto: un archivo más pequeño. Una frase de contraseña protege el archivo si se pudiera perder; díselo en persona a quien usa la otra computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="242"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="244"/>
        <source>&amp;Import bundle files… (Ctrl+O)</source>
        <translation>&amp;Importar paquetes… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="246"/>
        <source>Choose bundle files to import</source>
        <translation>Elige los archivos de paquete que quieres importar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="248"/>
        <source>&amp;Scan the sync folder (F5)</source>
        <translation>&amp;Buscar en la carpeta (F5)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="250"/>
        <source>Import every new bundle in the sync folder</source>
        <translation>Importar cada paquete nuevo de la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="253"/>
        <source>Each bundle is checked first: you see what it would change, and nothing changes until you say so. Bundles already imported are skipped.</source>
        <translation>Cada paquete se revisa primero: ves lo que cambiaría, y nada cambia hasta que lo digas. Los paquetes ya importados se omiten.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="285"/>
        <source>What is being done</source>
        <translation>Lo que se está haciendo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="286"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="289"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="291"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="374"/>
        <source>&amp;Cancel (Esc)</source>
        <translation>&amp;Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="293"/>
        <source>Cancel: nothing is changed</source>
        <translation>Cancelar: no se cambia nada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="318"/>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="321"/>
        <source>This laptop: “{name}”</source>
        <translation>Esta computadora: “{name}”</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="322"/>
        <source>This laptop (no name yet)</source>
        <translation>Esta computadora (aún sin nombre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="324"/>
        <source>{laptop}, of {organisation}</source>
        <translation>{laptop}, de {organisation}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="327"/>
        <source>{laptop}: not part of an organisation yet. Import a bundle from one of its laptops to join it.</source>
        <translation>{laptop}: aún no es parte de una organización. Importa un paquete de una de sus computadoras para unirte.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="329"/>
        <source>Key fingerprint: {fingerprint}</source>
        <translation>Huella de clave: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="333"/>
        <source>not chosen yet: choose the USB stick or shared folder</source>
        <translation>aún sin elegir: elige la memoria USB o la carpeta compartida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="338"/>
        <source>Any laptop: everything</source>
        <translation>Cualquier computadora: todo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="341"/>
        <source>“{name}”: only what it has not seen</source>
        <translation>“{name}”: solo lo que no ha visto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="349"/>
        <source>Co&amp;nflicts ({count})</source>
        <translation>Co&amp;nflictos ({count})</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="352"/>
        <source>&amp;Laptops ({count})</source>
        <translation>Co&amp;mputadoras ({count})</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="423"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="424"/>
        <source>Stopping; everything this import changed is being put back.</source>
        <translation>Deteniendo; se está deshaciendo todo lo que cambió esta importación.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="446"/>
        <source>Sync folder: {folder}</source>
        <translation>Carpeta de sincronización: {folder}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="457"/>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation>Las dos frases de contraseña no son iguales. Escribe la frase otra vez en ambos campos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="472"/>
        <source>Choose the sync folder first (the USB stick or shared folder), or write to a file you choose.</source>
        <translation>Primero elige la carpeta de sincronización (la memoria USB o la carpeta compartida), o escribe en un archivo que elijas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="475"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="478"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="482"/>
        <source>the sync folder</source>
        <translation>la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="483"/>
        <source>Writing to {where}. Do not remove the drive yet.</source>
        <translation>Escribiendo en {where}. No retires la unidad todavía.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="501"/>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="501"/>
        <source>changes for “{name}”</source>
        <translation>cambios para “{name}”</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="502"/>
        <source>Saved {file} ({what}: {records}{protected}). It was read back and checked: it is safe to remove the drive.</source>
        <translation>Se guardó {file} ({what}: {records}{protected}). Se volvió a leer y se comprobó: ya puedes retirar la unidad.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="505"/>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="505"/>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>Saved {file} ({what}: {records} records{protected}). It was read back and checked: it is safe to remove the drive.</source>
        <translation type="vanished">Se guardó {file} ({what}: {records} registros{protected}). Se volvió a leer y se comprobó: ya puedes retirar la unidad.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="506"/>
        <source>, protected by the passphrase</source>
        <translation>, protegido con la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="519"/>
        <source>Checking bundles…</source>
        <translation>Revisando paquetes…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="519"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="583"/>
        <source>Nothing is changed while they are checked.</source>
        <translation>No cambia nada mientras se revisan.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="526"/>
        <source>Looking in the sync folder…</source>
        <translation>Buscando en la carpeta de sincronización…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="537"/>
        <source>There are no bundles (.edsync files) in the sync folder {folder}.</source>
        <translation>No hay paquetes (archivos .edsync) en la carpeta de sincronización {folder}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="547"/>
        <source>Checking bundle {number} of {count}…</source>
        <translation>Revisando el paquete {number} de {count}…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="553"/>
        <location filename="../../engagedesk/ui/sync_screen.py" line="598"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="566"/>
        <source>Nothing new in the sync folder: the bundle there was imported before or made on this laptop.</source>
        <translation>Nada nuevo en la carpeta de sincronización: el paquete que hay ya se importó antes o se hizo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="568"/>
        <source>Nothing new in the sync folder: the {count} bundles there were imported before or made on this laptop.</source>
        <translation>Nada nuevo en la carpeta de sincronización: los {count} paquetes que hay ya se importaron antes o se hicieron en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="583"/>
        <source>Opening the protected bundles…</source>
        <translation>Abriendo los paquetes protegidos…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="593"/>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="606"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="612"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="625"/>
        <source>Importing bundle {number} of {count}: from “{laptop}”…</source>
        <translation>Importando el paquete {number} de {count}: de “{laptop}”…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="644"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="647"/>
        <source>Import cancelled: the bundle being imported changed nothing. The one imported before you cancelled stays imported.</source>
        <translation>Importación cancelada: el paquete que se estaba importando no cambió nada. El importado antes de cancelar sigue importado.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="649"/>
        <source>Import cancelled: the bundle being imported changed nothing. The {count} imported before you cancelled stay imported.</source>
        <translation>Importación cancelada: el paquete que se estaba importando no cambió nada. Los {count} importados antes de cancelar siguen importados.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_screen.py" line="674"/>
        <source>{what} is now “{value}”. The other laptops get this change with the next bundle.</source>
        <translation>{what} ahora es “{value}”. Las demás computadoras recibirán este cambio con el próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="87"/>
        <source>this laptop</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>OK to contact</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Reason for do not contact</source>
        <translation>Motivo de no contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Do not contact since</source>
        <translation>No contactar desde</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Photo consent</source>
        <translation>Consentimiento para fotos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Quote consent</source>
        <translation>Consentimiento para citas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Time in</source>
        <translation>Hora de entrada</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Time out</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="133"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="143"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="143"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="145"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Turf</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Door knock</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="150"/>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="170"/>
        <source>a laptop not known here</source>
        <translation>una computadora desconocida aquí</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="201"/>
        <source>Choose the sync folder first (the USB stick or shared folder), with "Change…" next to "Sync folder".</source>
        <translation>Primero elige la carpeta de sincronización (la memoria USB o la carpeta compartida), con "Cambiar…" junto a "Carpeta de sincronización".</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="225"/>
        <source>Choose the sync folder first (the USB stick or shared folder).</source>
        <translation>Primero elige la carpeta de sincronización (la memoria USB o la carpeta compartida).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="289"/>
        <source>This file cannot be read ({reason}).</source>
        <translation>No se puede leer este archivo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="299"/>
        <source>(a laptop with no name)</source>
        <translation>(una computadora sin nombre)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="305"/>
        <source>This bundle was made on this laptop; there is nothing to import from it.</source>
        <translation>Este paquete se hizo en esta computadora; no hay nada que importar de él.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="309"/>
        <source>Already imported from {name}: nothing changed.</source>
        <translation>Ya importado de {name}: no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="321"/>
        <source>This bundle is protected by a passphrase. Type the passphrase it was made with, then press "Open with this passphrase".</source>
        <translation>Este paquete está protegido con una frase de contraseña. Escribe la frase con la que se hizo y pulsa "Abrir con esta frase".</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="353"/>
        <source>This bundle cannot be imported: {why}</source>
        <translation>Este paquete no se puede importar: {why}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="368"/>
        <source>{count} new</source>
        <translation>{count} nuevos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="368"/>
        <source>1 new</source>
        <translation>1 nuevo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="369"/>
        <source>{count} updated</source>
        <translation>{count} actualizados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="369"/>
        <source>1 updated</source>
        <translation>1 actualizado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="370"/>
        <source>{count} conflict</source>
        <translation>{count} conflicto</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="370"/>
        <source>{count} conflicts</source>
        <translation>{count} conflictos</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="371"/>
        <source>{count} deletion</source>
        <translation>{count} eliminación</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="371"/>
        <source>{count} deletions</source>
        <translation>{count} eliminaciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="372"/>
        <source>{count} erasure</source>
        <translation>{count} borrado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="372"/>
        <source>{count} erasures</source>
        <translation>{count} borrados</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="379"/>
        <source>Imported from {laptop}: {counts}.</source>
        <translation>Importado de {laptop}: {counts}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/sync_ops.py" line="381"/>
        <source>Some earlier changes seem to be missing; ask {laptop} for a full export ("Any laptop: everything").</source>
        <translation>Parece que faltan cambios anteriores; pide a {laptop} una exportación completa ("Cualquier computadora: todo").</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="57"/>
        <source>Column headings of {table}</source>
        <translation>Títulos de columna de {table}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/attendance.py" line="60"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>ThemeTags</name>
    <message>
        <location filename="../../engagedesk/ui/notes_widgets.py" line="323"/>
        <source>Add a theme…</source>
        <translation>Añadir un tema…</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_widgets.py" line="324"/>
        <source>Themes (Alt+T)</source>
        <translation>Temas (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_widgets.py" line="387"/>
        <source>Remove the theme {name}</source>
        <translation>Quitar el tema {name}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_widgets.py" line="388"/>
        <source>Theme {name}, click to remove</source>
        <translation>Tema {name}, haz clic para quitarlo</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="67"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="67"/>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="67"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="68"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="68"/>
        <source>Agenda item</source>
        <translation>Punto de la agenda</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_timeline.py" line="129"/>
        <source>Answered at {time}</source>
        <translation>Respondida a las {time}</translation>
    </message>
</context>
<context>
    <name>TurfPicker</name>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="42"/>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="45"/>
        <source>Make a turf by hand</source>
        <translation>Hacer una zona a mano</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="47"/>
        <source>Find doors by street, number or postal code. Space ticks a door, Ctrl+A ticks every door shown; ticks stay while you search again. Ctrl+Enter makes the turf.</source>
        <translation>Busca puertas por calle, número o código postal. Espacio marca una puerta, Ctrl+A marca todas las puertas mostradas; las marcas se conservan al buscar de nuevo. Ctrl+Intro hace la zona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="53"/>
        <source>Turf name</source>
        <translation>Nombre de la zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="56"/>
        <source>Canvasser's name</source>
        <translation>Nombre del brigadista</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="57"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="59"/>
        <source>Find addresses</source>
        <translation>Buscar direcciones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="60"/>
        <source>Street, number or postal code; Down goes to the doors found</source>
        <translation>Calle, número o código postal; Abajo va a las puertas encontradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="61"/>
        <source>Street, number or postal code</source>
        <translation>Calle, número o código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="65"/>
        <source>Doors found</source>
        <translation>Puertas encontradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="66"/>
        <source>Space ticks or unticks a door</source>
        <translation>Espacio marca o desmarca una puerta</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="79"/>
        <source>Turf &amp;name:</source>
        <translation>&amp;Nombre de la zona:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="80"/>
        <source>&amp;Canvasser:</source>
        <translation>&amp;Brigadista:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="81"/>
        <source>&amp;Find doors:</source>
        <translation>B&amp;uscar puertas:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="83"/>
        <source>Make turf (Ctrl+Enter)</source>
        <translation>Hacer zona (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="84"/>
        <source>Make the turf of the ticked doors</source>
        <translation>Hacer la zona con las puertas marcadas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="86"/>
        <source>Tick all shown (Ctrl+A)</source>
        <translation>Marcar todas (Ctrl+A)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="87"/>
        <source>Tick every door shown</source>
        <translation>Marcar todas las puertas mostradas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="89"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="90"/>
        <source>Close without making a turf</source>
        <translation>Cerrar sin hacer la zona</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="142"/>
        <source>No address matches. Import addresses on the Turfs tab, or type less.</source>
        <translation>Ninguna dirección coincide. Importa direcciones en la pestaña Zonas, o escribe menos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="143"/>
        <source>There are no addresses yet: import them first.</source>
        <translation>Aún no hay direcciones: primero impórtalas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="145"/>
        <source>The first {n} doors found are shown: type more to narrow them down.</source>
        <translation>Se muestran las primeras {n} puertas encontradas: escribe más para acotar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="148"/>
        <source>Doors found: {n}</source>
        <translation>Puertas encontradas: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="174"/>
        <source>Doors ticked: {n}</source>
        <translation>Puertas marcadas: {n}</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="182"/>
        <source>1 door is ticked and no turf is made yet. Press Esc again to close without making it, or Ctrl+Enter to make it.</source>
        <translation>Hay 1 puerta marcada y aún no se hizo la zona. Pulsa Esc otra vez para cerrar sin hacerla, o Ctrl+Intro para hacerla.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="184"/>
        <source>{n} doors are ticked and no turf is made yet. Press Esc again to close without making it, or Ctrl+Enter to make it.</source>
        <translation>Hay {n} puertas marcadas y aún no se hizo la zona. Pulsa Esc otra vez para cerrar sin hacerla, o Ctrl+Intro para hacerla.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="197"/>
        <source>Give the turf a name first.</source>
        <translation>Primero ponle un nombre a la zona.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/canvass_turf_picker.py" line="201"/>
        <source>Tick at least one door: find it, then press Space.</source>
        <translation>Marca al menos una puerta: búscala y pulsa Espacio.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="108"/>
        <source>{label} is too long: {length} characters. Please shorten it to {limit} or fewer.</source>
        <translation>{label}: el texto es demasiado largo ({length} caracteres). Acórtalo a {limit} o menos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="140"/>
        <source>Please enter a name: a first or a last name is enough.</source>
        <translation>Escribe un nombre: basta con el nombre o el apellido.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="116"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="117"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="118"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="119"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="120"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="121"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="122"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="123"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="124"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="150"/>
        <source>This e-mail address looks incomplete. It should look like name@example.org.</source>
        <translation>Esta dirección de correo parece incompleta. Debería verse como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="154"/>
        <source>A phone number needs between 3 and 20 digits.</source>
        <translation>Un número de teléfono necesita entre 3 y 20 dígitos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="188"/>
        <source>Please enter a street or a postal code.</source>
        <translation>Escribe una calle o un código postal.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="197"/>
        <source>This map position is not on Earth; leave it empty if unsure.</source>
        <translation>Esta posición en el mapa no está en la Tierra; déjala vacía si no estás seguro/a.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="232"/>
        <source>Please give the meeting a title.</source>
        <translation>Ponle un título a la reunión.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="234"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="235"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="236"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="237"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="244"/>
        <source>Please enter when the meeting starts, like 2026-11-22 18:00.</source>
        <translation>Escribe cuándo empieza la reunión, como 2026-11-22 18:00.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="250"/>
        <source>Please enter when the meeting ends, like 2026-11-22 20:00, or leave it empty.</source>
        <translation>Escribe cuándo termina la reunión, como 2026-11-22 20:00, o déjalo vacío.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="252"/>
        <source>The meeting must end after it starts.</source>
        <translation>La reunión debe terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="257"/>
        <source>Every agenda item needs a title; remove the empty ones.</source>
        <translation>Cada punto de la agenda necesita un título; quita los vacíos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="260"/>
        <source>An agenda item lasts between 0 and 1,440 minutes.</source>
        <translation>Un punto de la agenda dura entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/domain/validation.py" line="270"/>
        <source>Please enter {label}.</source>
        <translation>Escribe {label}.</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <location filename="../../engagedesk/services/voices.py" line="32"/>
        <source>a participant</source>
        <translation>participante</translation>
    </message>
</context>
<context>
    <name>VoicesPanel</name>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="344"/>
        <source>Who has spoken</source>
        <translation>Quién ha hablado</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="346"/>
        <source>Signed in, not heard yet</source>
        <translation>Registradas, aún sin tomar la palabra</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="347"/>
        <source>Spoken (notes):</source>
        <translation>Hablaron (notas):</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="348"/>
        <source>Not heard yet — invite them:</source>
        <translation>Aún sin tomar la palabra — invítalas:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="375"/>
        <source>Signed in and heard: {spoken} of {signed_in}.</source>
        <translation>Registradas que tomaron la palabra: {spoken} de {signed_in}.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="377"/>
        <source>1 note.</source>
        <translation>1 nota.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="377"/>
        <source>{n} notes.</source>
        <translation>{n} notas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="384"/>
        <source>1 by an unnamed participant.</source>
        <translation>1 de una persona anónima.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="385"/>
        <source>{n} by unnamed participants.</source>
        <translation>{n} de personas anónimas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="392"/>
        <source>{n:&gt;3}   former participant</source>
        <translation>{n:&gt;3}   antiguo/a participante</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="393"/>
        <source>{n:&gt;3}   former participants</source>
        <translation>{n:&gt;3}   antiguos participantes</translation>
    </message>
    <message>
        <source>{spoken} of {signed_in} signed in have spoken; {count} notes.</source>
        <translation type="vanished">De {signed_in} personas registradas, {spoken} han hablado; {count} notas.</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="381"/>
        <source>First-time attendees: {share:.0%} of named contributions ({count} of {named}).</source>
        <translation>Quienes vienen por primera vez: {share:.0%} de las intervenciones con nombre ({count} de {named}).</translation>
    </message>
    <message numerus="yes">
        <source>%n by unnamed participants.</source>
        <translation type="vanished">
            <numerusform>%n de una persona anónima.</numerusform>
            <numerusform>%n de personas anónimas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="389"/>
        <location filename="../../engagedesk/ui/notes_panels.py" line="396"/>
        <source>  (first time)</source>
        <translation>  (primera vez)</translation>
    </message>
    <message>
        <source>{count:&gt;3}   former participants</source>
        <translation type="vanished">{count:&gt;3}   antiguos participantes</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/notes_panels.py" line="398"/>
        <source>Everyone signed in has been heard.</source>
        <translation>Todas las personas registradas han tomado la palabra.</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="31"/>
        <source>New person (walk-in)</source>
        <translation>Persona nueva (sin inscripción)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="33"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="34"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="35"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="36"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="37"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="41"/>
        <location filename="../../engagedesk/ui/walk_in.py" line="42"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="43"/>
        <source>OK to contact about future meetings</source>
        <translation>Se puede contactar sobre próximas reuniones</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="44"/>
        <source>OK to contact</source>
        <translation>Se puede contactar</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="49"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="51"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="53"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="57"/>
        <source>Postal &amp;code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="58"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="60"/>
        <source>Already on the roster? Pick them instead:</source>
        <translation>¿Ya está en la lista de personas? Elígela:</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="64"/>
        <source>Possible matches already on the roster</source>
        <translation>Posibles coincidencias en la lista de personas</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="69"/>
        <source>Add and sign in (Ctrl+Enter)</source>
        <translation>Añadir y registrar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="70"/>
        <source>Add the new person and sign them in</source>
        <translation>Añadir a la persona nueva y registrarla</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="72"/>
        <source>Sign in the person picked</source>
        <translation>Registrar a la persona elegida</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="73"/>
        <source>Sign in the person picked from the matches</source>
        <translation>Registrar a la persona elegida de las coincidencias</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="75"/>
        <source>Back to search (Esc)</source>
        <translation>Volver a buscar (Esc)</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="76"/>
        <source>Back to search, keeping what was typed</source>
        <translation>Volver a la búsqueda, conservando lo escrito</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="153"/>
        <source>same e-mail</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="153"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../engagedesk/ui/walk_in.py" line="153"/>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
</context>
<context>
    <name>_FoldingField</name>
    <message>
        <location filename="../../engagedesk/ui/notes_widgets.py" line="184"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
</context>
</TS>

// Progressive enhancement only: every page works without it.
// An entity's checkbox checks its fields' boxes; a field's box shows the entity's as mixed. A form with
// data-confirm asks before it is sent.
document.addEventListener('change', e => {
  const box = e.target;
  const section = box.closest && box.closest('section[data-entity]');
  if (!section) return;
  const entity = section.querySelector('input.pick-entity');
  const fields = [...section.querySelectorAll('input.pick-field')];
  if (box === entity) {
    fields.forEach(f => { f.checked = entity.checked; });
  } else if (box.classList.contains('pick-field')) {
    const checked = fields.filter(f => f.checked).length;
    entity.checked = checked === fields.length;
    entity.indeterminate = checked > 0 && checked < fields.length;
  }
});
document.addEventListener('submit', e => {
  const message = e.target.dataset && e.target.dataset.confirm;
  if (message && !window.confirm(message)) e.preventDefault();
});

/**
 * The operators' live room view: sign in, then read GET /operations/rooms every few seconds (the
 * sign-in cookie goes with it) and show one row per room and a chart of messages per minute.
 * Everything from the server is set as text, never as HTML.
 */
import { signIn } from './staff-sign-in.js';
import { addPoint, rowCells } from './room-pulse.js';

const POLL_MILLIS = 3000;
/** Line colours for the rooms, told apart by the legend's names too, not by colour alone. */
const PALETTE = ['#1f6f8b', '#b5523b', '#4f7a28', '#7b4fa0', '#a07a12', '#2f4f6f'];
const $ = (id) => document.getElementById(id);

let chart = null;
let series = { data: [], rooms: [] };

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  const result = await signIn($('account').value.trim(), $('password').value);
  if (!result.ok) {
    $('sign-in-error').textContent = result.problem;
    return;
  }
  if (result.role !== 'operator') {
    $('sign-in-error').textContent = 'This page is for operators. Moderators have the console at /moderate.html.';
    return;
  }
  $('connection').textContent = `signed in as ${result.name}`;
  $('sign-in').hidden = true;
  $('rooms-live').hidden = false;
  poll();
});

async function poll() {
  try {
    const response = await fetch('/operations/rooms', { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 401 || response.status === 403) {
      $('connection').textContent = 'signed out: sign in again';
      $('sign-in').hidden = false;
      $('rooms-live').hidden = true;
      return;
    }
    if (response.ok) {
      show(await response.json());
      $('connection').textContent = $('connection').textContent.replace(' (reconnecting…)', '');
    }
  } catch {
    if (!$('connection').textContent.endsWith('(reconnecting…)')) {
      $('connection').textContent += ' (reconnecting…)';
    }
  }
  setTimeout(poll, POLL_MILLIS);
}

function show(poll) {
  const body = $('rooms-body');
  const rows = poll.rooms.map((pulse) => {
    const row = document.createElement('tr');
    row.dataset.room = pulse.room;
    for (const cell of rowCells(pulse)) {
      const td = document.createElement('td');
      td.textContent = cell.text;
      if (cell.attention) td.className = 'attention';
      row.append(td);
    }
    return row;
  });
  body.replaceChildren(...rows);
  series = addPoint(series.data, series.rooms, poll);
  drawChart();
}

function drawChart() {
  if (typeof globalThis.uPlot !== 'function') return; // the table carries everything without it
  const element = $('rate-chart');
  if (!chart) {
    chart = new globalThis.uPlot({
      width: Math.max(280, element.clientWidth),
      height: 240,
      series: [{}, ...series.rooms.map((room, i) => ({ label: room, width: 2, stroke: PALETTE[i % PALETTE.length] }))],
      axes: [{}, { label: 'messages / min' }],
    }, series.data, element);
  } else {
    chart.setData(series.data);
  }
}

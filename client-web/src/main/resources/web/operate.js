/**
 * The operators' live view: sign in, then listen to GET /operations/live (server-sent events; the
 * sign-in cookie goes with it) and show one row per room, the server's panels, and charts of the
 * last hour drawn with uPlot. Nothing polls and nothing reloads: the server pushes each change.
 * Everything from the server is set as text, never as HTML.
 */
import { signIn } from './staff-sign-in.js';
import { rowCells } from './room-pulse.js';
import { PANELS, addSamples, emptySeries, panelData, panelWords, roomData } from './health-series.js';
import { LiveFeed } from './live-feed.js';

/** Line colours for the rooms, told apart by the legend's names too, not by colour alone. */
const PALETTE = ['#1f6f8b', '#b5523b', '#4f7a28', '#7b4fa0', '#a07a12', '#2f4f6f'];
const HOUR_SECONDS = 3600;
const $ = (id) => document.getElementById(id);

let operator = '';
let feed = null;
let series = emptySeries();
let rooms = [];
let roomChart = null;
const panelCharts = new Map();

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
  operator = result.name;
  $('sign-in').hidden = true;
  $('rooms-live').hidden = false;
  buildPanels();
  listen();
});

function listen() {
  feed?.stop();
  feed = new LiveFeed();
  feed.addEventListener('history', ({ detail }) => show(detail, emptySeries()));
  feed.addEventListener('snapshot', ({ detail }) => show(detail, series));
  feed.addEventListener('state', ({ detail }) => showState(detail));
  setConnection(`signed in as ${operator} · connecting…`, 'wait');
  feed.start();
}

function showState(state) {
  if (state === 'live') {
    setConnection(`signed in as ${operator} · live`, 'ok');
  } else if (state === 'reconnecting') {
    setConnection(`signed in as ${operator} · live feed lost, reconnecting…`, 'stopped');
  } else if (state === 'signed-out') {
    setConnection('signed out: sign in again', 'stopped');
    $('sign-in').hidden = false;
    $('rooms-live').hidden = true;
  }
}

function setConnection(text, tone) {
  $('connection').textContent = text;
  $('connection').dataset.tone = tone;
}

/** One event from the server: the rooms (null when they did not answer in time) and new samples. */
function show(event, before) {
  if (event.rooms) showRooms(event.rooms);
  series = addSamples(before, event.samples);
  const words = panelWords(series);
  for (const panel of PANELS) {
    $(`panel-${panel.key}`).textContent = words[panel.key];
    draw(panelCharts.get(panel.key), panelData(series, panel.key));
  }
  drawRoomChart();
  $('updated').textContent = `Last update from the server: ${new Date(event.time).toLocaleTimeString('en-GB')}`;
}

function showRooms(pulses) {
  rooms = pulses.map((pulse) => pulse.room);
  const rows = pulses.map((pulse) => {
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
  $('rooms-body').replaceChildren(...rows);
}

/** One panel per server figure: its name, its value now, and a small chart of the last hour. */
function buildPanels() {
  if (panelCharts.size) return;
  for (const panel of PANELS) {
    const section = document.createElement('section');
    section.className = 'panel';
    section.dataset.panel = panel.key;
    const title = document.createElement('h3');
    title.textContent = panel.title;
    const value = document.createElement('p');
    value.className = 'panel-value';
    value.id = `panel-${panel.key}`;
    const about = document.createElement('p');
    about.className = 'hint';
    about.textContent = panel.about;
    const chart = document.createElement('div');
    chart.className = 'panel-chart';
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `${panel.title}, the last hour`);
    section.append(title, value, about, chart);
    $('server-panels').append(section);
    panelCharts.set(panel.key, chartIn(chart, [{}, { label: panel.title, width: 2, stroke: PALETTE[0],
      points: { show: fewPoints, size: 5 } }], 120, false));
  }
}

function drawRoomChart() {
  if (!roomChart && rooms.length) {
    roomChart = chartIn($('rate-chart'), [{}, ...rooms.map((room, i) => ({ label: room, width: 2,
      stroke: PALETTE[i % PALETTE.length] }))], 240, true, 'messages / min');
  }
  draw(roomChart, roomData(series, rooms));
}

/** A uPlot chart in `element`, or null without uPlot (the table and the panels' values carry everything). */
function chartIn(element, seriesOptions, height, legend, yLabel) {
  if (typeof globalThis.uPlot !== 'function') return null;
  return new globalThis.uPlot({
    width: Math.max(240, element.clientWidth),
    height,
    legend: { show: legend },
    // always the last hour, ending at the newest sample, so a chart reads the same however long the
    // page has been open; taken from the data, since uPlot widens the bounds it passes for a lone point
    scales: { x: { time: true, range: lastHour } },
    series: seriesOptions,
    axes: [{}, yLabel ? { label: yLabel } : {}],
  }, [[], ...seriesOptions.slice(1).map(() => [])], element);
}

function lastHour(chart) {
  const times = chart.data[0];
  const newest = times.length ? times[times.length - 1] : Date.now() / 1000;
  return [newest - HOUR_SECONDS, newest];
}

/** Points are drawn while there are few values, so a lone one between gaps (a latency with nothing before or after) shows. */
function fewPoints(chart, seriesIndex) {
  return chart.data[seriesIndex].filter((value) => value !== null).length <= 60;
}

function draw(chart, data) {
  chart?.setData(data);
}

const express = require('express');
const pino = require('pino');
const { z } = require('zod');

const log = pino();
const Notification = z.object({ to: z.string().email(), text: z.string() });
const app = express();
app.use(express.json());

app.post('/notifications', (req, res) => {
  const notification = Notification.parse(req.body);
  log.info({ to: notification.to }, 'notification queued');
  res.status(202).end();
});

app.listen(Number(process.env.PORT ?? 3000));

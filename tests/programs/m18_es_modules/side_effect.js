console.log("side_effect: imported for its effect only");
